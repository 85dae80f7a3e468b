import { describe, expect, it } from 'vitest';
import { compareServices, countByOwner, LAYER_ORDER, layerList, ownerLabel, serviceModel, stackFor } from '~/lib/responsibility/responsibility';
import { SERVICE_MODELS, type Owner, type ServiceId } from '~/lib/responsibility/responsibility-data';

const owners = (id: ServiceId) => Object.fromEntries(stackFor(id).map((row) => [row.layer.id, row.responsibility.owner]));
const names = (layers: readonly { name: string }[]) => layers.map((layer) => layer.name);

describe('the split follows the AWS shared responsibility model', () => {
  it('on EC2 you manage the guest OS and everything above it, AWS the virtualisation layer and below', () => {
    expect(owners('ec2')).toEqual({
      data: 'you',
      identity: 'you',
      application: 'you',
      'network-config': 'you',
      runtime: 'you',
      os: 'you',
      virtualisation: 'provider',
      hardware: 'provider',
      network: 'provider',
      facilities: 'provider',
    });
    expect(serviceModel('ec2').layers.os.note).toBe('The guest operating system, including updates and security patches.');
    expect(serviceModel('ec2').layers['network-config'].note).toContain('Security groups (the AWS-provided firewall)');
  });

  it('on S3 (an abstracted service) AWS operates the infrastructure, OS and platform; data and IAM stay yours', () => {
    const s3 = owners('s3');
    expect([s3.runtime, s3.os, s3.virtualisation, s3.hardware, s3.network, s3.facilities]).toEqual(Array(6).fill('provider'));
    expect([s3.data, s3.identity]).toEqual(['you', 'you']);
    expect(serviceModel('s3').layers.data.note).toContain('encryption options');
  });

  it('on RDS AWS patches the OS and the engine is shared; on Lambda the runtime is shared', () => {
    expect([owners('rds').os, owners('rds').runtime]).toEqual(['provider', 'shared']);
    expect([owners('lambda').os, owners('lambda').runtime, owners('lambda').application]).toEqual(['provider', 'shared', 'you']);
    expect([owners('elastic-beanstalk').os, owners('elastic-beanstalk').runtime]).toEqual(['shared', 'shared']);
  });

  it('on-premises is all yours; in SaaS only data and access are', () => {
    expect(Object.values(owners('on-premises'))).toEqual(Array(10).fill('you'));
    expect(countByOwner('saas')).toEqual({ you: 2, shared: 0, provider: 8 });
  });

  it('data and identity are yours in every choice', () => {
    for (const service of SERVICE_MODELS) {
      expect([service.layers.data.owner, service.layers.identity.owner]).toEqual(['you', 'you']);
    }
  });

  it('no AWS service leaves the building, hardware or hypervisor to you', () => {
    for (const service of SERVICE_MODELS.filter((s) => s.provider === 'AWS')) {
      for (const layer of ['virtualisation', 'hardware', 'network', 'facilities'] as const) expect(service.layers[layer].owner).toBe('provider');
    }
  });

  it('moving up the stack never gives you more layers: on-premises → EC2 → Elastic Beanstalk → SaaS', () => {
    const you = (id: ServiceId) => countByOwner(id).you;
    expect([you('on-premises'), you('ec2'), you('elastic-beanstalk'), you('saas')]).toEqual([10, 6, 4, 2]);
  });

  it('has a note for every layer of every choice', () => {
    for (const service of SERVICE_MODELS) {
      expect(Object.keys(service.layers).sort()).toEqual([...LAYER_ORDER].sort());
      for (const layer of LAYER_ORDER) expect(service.layers[layer].note.length).toBeGreaterThan(10);
    }
  });
});

describe('compareServices', () => {
  it('on-premises → EC2 hands over the four bottom layers', () => {
    const c = compareServices('on-premises', 'ec2');
    expect(names(c.handedOver)).toEqual(['Virtualisation', 'Servers and storage', 'Physical network', 'Facilities']);
    expect(c.takenOn).toEqual([]);
    expect(names(c.stillYours)).toEqual([
      'Data',
      'Identity and access',
      'Application',
      'Network and firewall configuration',
      'Runtime and middleware',
      'Operating system',
    ]);
  });

  it('EC2 → RDS hands over the OS and shares the engine', () => {
    expect(names(compareServices('ec2', 'rds').handedOver)).toEqual(['Runtime and middleware', 'Operating system']);
  });

  it('is symmetric: what one direction hands over, the other takes on', () => {
    for (const a of SERVICE_MODELS) {
      for (const b of SERVICE_MODELS) {
        expect(compareServices(a.id, b.id).handedOver).toEqual(compareServices(b.id, a.id).takenOn);
      }
    }
  });

  it('finds nothing to move between a choice and itself', () => {
    expect(compareServices('lambda', 'lambda')).toMatchObject({ handedOver: [], takenOn: [] });
  });
});

describe('labels', () => {
  it.each<[Owner, ServiceId, string]>([
    ['you', 'ec2', 'You'],
    ['provider', 'ec2', 'AWS'],
    ['shared', 'rds', 'Shared with AWS'],
    ['provider', 'saas', 'SaaS provider'],
  ])('%s in %s reads "%s"', (owner, service, text) => {
    expect(ownerLabel(owner, serviceModel(service))).toBe(text);
  });

  it('lists layers in prose, with semicolons when a name contains "and"', () => {
    expect(layerList(compareServices('on-premises', 'ec2').handedOver)).toBe('virtualisation; servers and storage; physical network; and facilities');
    expect(layerList(stackFor('ec2').slice(2, 4).map((row) => row.layer))).toBe('application; and network and firewall configuration');
    expect(layerList(stackFor('ec2').slice(5, 7).map((row) => row.layer))).toBe('operating system and virtualisation');
  });

  it('refuses an unknown service id instead of rendering a blank stack', () => {
    expect(() => serviceModel('azure' as ServiceId)).toThrow('Unknown service "azure".');
  });
});
