/**
 * EC2 instance type decoder island (lesson 4.1). The reader types a name such as m7g.2xlarge and
 * sees it split into its parts with what each one means; all decoding lives in
 * `~/lib/ec2/instance-name`. Takes no props.
 */

import { useId, useMemo, useState } from 'react';
import { decodeInstanceType, type DecodedInstanceType, type NamePart } from '~/lib/ec2/instance-name';
import { TextField } from './parts/Field';
import './widgets.css';
import './Ec2NameDecoder.css';

/** Names the reader can try with one click; each shows a different part of the convention. */
const DECODER_EXAMPLES: readonly string[] = [
  'm7g.2xlarge',
  'c7i.large',
  'r6gd.4xlarge',
  't3.micro',
  'i4i.metal',
  'm7i-flex.large',
  'x2iedn.xlarge',
  'u-6tb1.56xlarge',
];

const ROLE_LABEL: Record<NamePart['role'], string> = {
  series: 'Series',
  generation: 'Generation',
  processor: 'Processor',
  capability: 'Capability',
  suffix: 'Capability',
  memory: 'Memory',
  size: 'Size',
};

const NAMING_PAGE = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html';

function formatGiB(value: number): string {
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} GiB`;
}

function Decoded(props: { readonly decoded: DecodedInstanceType }) {
  const { decoded } = props;
  const familyEnd = decoded.parts.length - 1;
  return (
    <div className="widget-card">
      <p className="ec2-name" aria-hidden="true">
        {decoded.parts.map((part, index) => (
          <span key={`${part.role}-${index}`}>
            {index === familyEnd ? <span className="ec2-name__dot">.</span> : null}
            <span className={`ec2-part ec2-part--${part.role}`}>{part.text}</span>
          </span>
        ))}
      </p>
      <ol className="ec2-legend" aria-label={`Parts of ${decoded.name}`}>
        {decoded.parts.map((part, index) => (
          <li key={`${part.role}-${index}`}>
            <span className={`ec2-part ec2-part--${part.role}`}>{part.text}</span>{' '}
            <span className="ec2-legend__role">{ROLE_LABEL[part.role]}:</span> {part.meaning}
          </li>
        ))}
      </ol>
      <dl className="widget-details">
        <dt>Family</dt>
        <dd>
          {decoded.family}: {decoded.series.meaning}
        </dd>
        <dt>Category</dt>
        <dd>{decoded.category}</dd>
        <dt>Generation</dt>
        <dd>{decoded.generation}</dd>
        <dt>Processor</dt>
        <dd>
          {decoded.processor ?? 'Not in the name'}
          {decoded.processorModel ? `; this family uses ${decoded.processorModel}` : ''}
        </dd>
        <dt>Additional capabilities</dt>
        <dd>
          {decoded.capabilities.length === 0 ? (
            'None'
          ) : (
            <ul>
              {decoded.capabilities.map((capability) => (
                <li key={capability.letter}>
                  <strong>{capability.letter}</strong>: {capability.meaning}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Size</dt>
        <dd>
          {decoded.size.text}: {decoded.size.meaning}
        </dd>
        <dt>vCPUs and memory</dt>
        <dd>
          {decoded.spec
            ? `${decoded.spec.vcpus} vCPU${decoded.spec.vcpus === 1 ? '' : 's'}, ${formatGiB(decoded.spec.memoryGiB)}`
            : 'Not in this widget’s table of common types; see the family’s specification page.'}
        </dd>
      </dl>
      {decoded.notes.map((note) => (
        <p key={note} className="widget-notice">
          {note}
        </p>
      ))}
    </div>
  );
}

/** Decodes an instance type name as the reader types it. */
export default function Ec2NameDecoder() {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [name, setName] = useState('m7g.2xlarge');
  const result = useMemo(() => decodeInstanceType(name), [name]);

  return (
    <section className="widget not-content" aria-labelledby={id('title')}>
      <h3 className="widget-title" id={id('title')}>
        EC2 instance type decoder
      </h3>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <TextField
          id={id('name')}
          label="Instance type"
          hint="Family, a dot and the size, e.g. m7g.2xlarge."
          value={name}
          onChange={setName}
          error={result.ok ? undefined : result.error}
          placeholder="m7g.2xlarge"
          list={id('examples')}
          mono
        />
        <datalist id={id('examples')}>
          {DECODER_EXAMPLES.map((example) => (
            <option key={example} value={example} />
          ))}
        </datalist>
        <div className="widget-actions" role="group" aria-labelledby={id('try')}>
          <span id={id('try')}>Try:</span>
          {DECODER_EXAMPLES.map((example) => (
            <button
              key={example}
              type="button"
              className="widget-button widget-button--quiet ec2-example"
              aria-pressed={name.trim().toLowerCase() === example}
              onClick={() => setName(example)}
            >
              {example}
            </button>
          ))}
        </div>
      </form>
      <div className="widget-output" aria-live="polite">
        {result.ok ? (
          <Decoded decoded={result.decoded} />
        ) : (
          <p className="widget-notice">Fix the instance type to see what each part of the name means.</p>
        )}
      </div>
      <p className="widget-hint">
        Decoded with the AWS <a href={NAMING_PAGE}>instance type naming conventions</a>; vCPUs and memory come from a table of
        common types (checked 2026-11-27).
      </p>
    </section>
  );
}
