/**
 * "Who manages what" island (lesson 1.4). The reader picks a service (or on-premises, or a SaaS
 * product) and sees, layer by layer, what they manage and what the provider manages, with the AWS
 * shared responsibility split; a second choice shows what changes hands between the two. Data and
 * comparisons live in `~/lib/responsibility`. Takes no props.
 */

import { useId, useState } from 'react';
import { compareServices, countByOwner, layerList, ownerLabel, serviceModel, stackFor } from '~/lib/responsibility/responsibility';
import { LAYERS, SERVICE_MODELS, type Owner, type ServiceId } from '~/lib/responsibility/responsibility-data';
import { SelectField } from './parts/Field';
import './widgets.css';
import './WhoManagesWhat.css';

const OPTIONS = SERVICE_MODELS.map((service) => ({ value: service.id, label: service.name }));
const SHORT: Record<Owner, string> = { you: 'You', shared: 'Shared', provider: 'Provider' };
const MODEL_PAGE = 'https://aws.amazon.com/compliance/shared-responsibility-model/';

function countsSentence(id: ServiceId): string {
  const service = serviceModel(id);
  const counts = countByOwner(id);
  const parts = [`you manage ${counts.you} of ${LAYERS.length} layers`];
  if (counts.shared > 0) parts.push(`${counts.shared} ${counts.shared === 1 ? 'is' : 'are'} shared with ${service.provider}`);
  if (counts.provider > 0) parts.push(`${service.provider === 'AWS' ? 'AWS' : 'the SaaS provider'} manages ${counts.provider}`);
  const last = parts.pop();
  return `${service.name}: ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}.`;
}

function comparisonSentences(from: ServiceId, to: ServiceId): string[] {
  if (from === to) return ['Pick a different choice to compare with.'];
  const a = serviceModel(from);
  const b = serviceModel(to);
  const { handedOver, takenOn, stillYours } = compareServices(from, to);
  const sentences: string[] = [];
  if (handedOver.length > 0) sentences.push(`Going from ${a.name} to ${b.name} hands over (fully or partly): ${layerList(handedOver)}.`);
  if (takenOn.length > 0) sentences.push(`Going from ${a.name} to ${b.name} gives you more work on: ${layerList(takenOn)}.`);
  if (handedOver.length === 0 && takenOn.length === 0) sentences.push(`${a.name} and ${b.name} split the stack the same way.`);
  sentences.push(stillYours.length > 0 ? `Fully yours in both: ${layerList(stillYours)}.` : 'No layer is fully yours in both.');
  return sentences;
}

/** Shows the split of the stack for a chosen service and compares it with another. */
export default function WhoManagesWhat() {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [serviceId, setServiceId] = useState<ServiceId>('ec2');
  const [compareId, setCompareId] = useState<ServiceId>('on-premises');
  const service = serviceModel(serviceId);
  const stack = stackFor(serviceId);

  return (
    <section className="widget not-content" aria-labelledby={id('title')}>
      <h3 className="widget-title" id={id('title')}>
        Who manages what?
      </h3>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <div className="widget-grid">
          <SelectField id={id('service')} label="Service" value={serviceId} options={OPTIONS} onChange={setServiceId} />
          <SelectField id={id('compare')} label="Compare with" value={compareId} options={OPTIONS} onChange={setCompareId} />
        </div>
      </form>
      <div className="widget-output" aria-live="polite">
        <p className="wmw-model">
          <strong>{service.model}.</strong> {countsSentence(serviceId)}
        </p>
        {comparisonSentences(compareId, serviceId).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <h4 className="widget-subtitle wmw-stack-title" id={id('stack')}>
        The stack for {service.name}, from your data down to the building
      </h4>
      <ol className="wmw-stack" aria-labelledby={id('stack')}>
        {stack.map(({ layer, responsibility }) => (
          <li key={layer.id} className={`wmw-layer wmw-layer--${responsibility.owner}`}>
            <div className="wmw-layer__head">
              <span className="wmw-layer__name">{layer.name}</span>
              <span className={`widget-badge wmw-badge wmw-badge--${responsibility.owner}`}>{ownerLabel(responsibility.owner, service)}</span>
            </div>
            <p className="wmw-layer__note">{responsibility.note}</p>
          </li>
        ))}
      </ol>
      <details className="widget-output-section">
        <summary>All choices side by side</summary>
        <div className="widget-figure__scroll" tabIndex={0} role="group" aria-label="Responsibility table">
          <table className="wmw-table">
            <caption className="widget-visually-hidden">Who manages each layer, for every choice</caption>
            <thead>
              <tr>
                <th scope="col">Layer</th>
                {SERVICE_MODELS.map((s) => (
                  <th key={s.id} scope="col" aria-current={s.id === serviceId ? 'true' : undefined}>
                    {s.name.replace(/ \(.*\)$/, '')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {LAYERS.map((layer) => (
                <tr key={layer.id}>
                  <th scope="row">{layer.name}</th>
                  {SERVICE_MODELS.map((s) => {
                    const owner = s.layers[layer.id].owner;
                    return (
                      <td key={s.id} className={`wmw-cell wmw-cell--${owner}`}>
                        {owner === 'provider' ? ownerLabel(owner, s) : SHORT[owner]}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p className="widget-hint">
        AWS secures the cloud itself (hardware, software, networking, facilities); you secure what you put in it. The
        split follows the <a href={MODEL_PAGE}>AWS Shared Responsibility Model</a> and each service's documentation.
        "Shared" means both sides have work in that layer.
      </p>
    </section>
  );
}
