// RunInstances in the double: the launch template resolved by id or name and version ($Default,
// $Latest or a number), the request's InstanceType/SubnetId/market overriding the template's,
// ClientToken idempotency (same token, same parameters: the same instance again; other
// parameters: IdempotentParameterMismatch; docs: "Ensuring idempotency in Amazon EC2 API
// requests"), tags applied at creation from TagSpecifications, and the capacity, quota and spot
// faults of the plan. Messages are EC2's.
import { Ec2ApiError } from './ec2-error';
import type { FaultPlan } from './faults';
import type { SimInstance } from './instances';

export interface TemplateVersion {
  instanceType: string;
  subnetId: string;
  imageId: string;
  shutdownBehavior?: 'stop' | 'terminate';
}

export interface LaunchTemplate {
  id: string;
  name: string;
  /** Version 1 first. */
  versions: TemplateVersion[];
  defaultVersion: number;
}

/** The launch template the e2c-runner tests launch from: one arm64 version that terminates on shutdown. */
export const ARM_BUILDER_TEMPLATE: LaunchTemplate = {
  id: 'lt-08c7ea1a2658e52f7',
  name: 'arm-builder',
  versions: [
    { instanceType: 't4g.large', subnetId: 'subnet-0a', imageId: 'ami-0debian12arm64', shutdownBehavior: 'terminate' },
  ],
  defaultVersion: 1,
};

interface RunInput {
  LaunchTemplate?: { LaunchTemplateId?: string; LaunchTemplateName?: string; Version?: string };
  InstanceType?: string;
  SubnetId?: string;
  ImageId?: string;
  MinCount: number;
  MaxCount: number;
  ClientToken?: string;
  InstanceInitiatedShutdownBehavior?: 'stop' | 'terminate';
  InstanceMarketOptions?: { MarketType?: string; SpotOptions?: { MaxPrice?: string; SpotInstanceType?: string } };
  TagSpecifications?: Array<{ ResourceType?: string; Tags?: Array<{ Key?: string; Value?: string }> }>;
}

function resolveTemplate(templates: LaunchTemplate[], spec: NonNullable<RunInput['LaunchTemplate']>): TemplateVersion {
  if (spec.LaunchTemplateId && spec.LaunchTemplateName)
    throw new Ec2ApiError(
      'InvalidParameterCombination',
      'Only one of LaunchTemplateId or LaunchTemplateName may be specified.',
    );
  const template = spec.LaunchTemplateId
    ? templates.find((t) => t.id === spec.LaunchTemplateId)
    : templates.find((t) => t.name === spec.LaunchTemplateName);
  if (!template) {
    if (spec.LaunchTemplateId)
      throw new Ec2ApiError(
        'InvalidLaunchTemplateId.NotFound',
        `The specified launch template, with template ID ${spec.LaunchTemplateId}, does not exist.`,
      );
    throw new Ec2ApiError(
      'InvalidLaunchTemplateName.NotFoundException',
      `The specified launch template, with template name ${spec.LaunchTemplateName ?? ''}, does not exist.`,
    );
  }
  const version = spec.Version ?? '$Default';
  const number =
    version === '$Default'
      ? template.defaultVersion
      : version === '$Latest'
        ? template.versions.length
        : Number(version);
  const found = Number.isInteger(number) ? template.versions[number - 1] : undefined;
  if (!found)
    throw new Ec2ApiError(
      'InvalidLaunchTemplateId.VersionNotFound',
      `The specified launch template version ${version} of template ${template.id} does not exist.`,
    );
  return found;
}

export interface LaunchContext {
  templates: LaunchTemplate[];
  faults: FaultPlan;
  instances: SimInstance[];
  tokens: Map<string, { signature: string; instanceId: string }>;
  newInstance: (
    fields: Omit<SimInstance, 'id' | 'reservationId' | 'since' | 'notFoundCalls' | 'publicIp' | 'privateIp'>,
  ) => SimInstance;
}

function checkFaults(faults: FaultPlan, instances: SimInstance[], type: string, subnet: string, input: RunInput): void {
  const market = input.InstanceMarketOptions?.MarketType === 'spot' ? 'spot' : 'on-demand';
  for (const fault of faults.noCapacity ?? []) {
    if (fault.instanceType && fault.instanceType !== type) continue;
    if (fault.subnetId && fault.subnetId !== subnet) continue;
    if (fault.market && fault.market !== market) continue;
    const code = fault.code ?? (market === 'spot' ? 'InsufficientInstanceCapacity' : 'InsufficientInstanceCapacity');
    throw new Ec2ApiError(
      code,
      `We currently do not have sufficient ${type} capacity in the Availability Zone you requested. Our system will be working on provisioning additional capacity. You can currently get ${type} capacity by not specifying an Availability Zone in your request or choosing a different Availability Zone.`,
    );
  }
  if (market === 'spot') {
    const maxPrice = input.InstanceMarketOptions?.SpotOptions?.MaxPrice;
    if (faults.spotPrice !== undefined && maxPrice !== undefined && Number(maxPrice) < faults.spotPrice)
      throw new Ec2ApiError(
        'SpotMaxPriceTooLow',
        `Your Spot request price of ${maxPrice} is lower than the minimum required Spot request fulfillment price of ${faults.spotPrice}.`,
      );
    const running = instances.filter((i) => i.market === 'spot' && i.state !== 'terminated').length;
    if (faults.maxSpotInstances !== undefined && running >= faults.maxSpotInstances)
      throw new Ec2ApiError('MaxSpotInstanceCountExceeded', 'Max spot instance count exceeded');
  } else if (faults.vcpuLimitExceeded) {
    throw new Ec2ApiError(
      'VcpuLimitExceeded',
      'You have requested more vCPU capacity than your current vCPU limit of 0 allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.',
    );
  }
}

function tagsFor(input: RunInput, resourceType: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const spec of input.TagSpecifications ?? []) {
    if (!['instance', 'volume', 'spot-instances-request', 'network-interface'].includes(spec.ResourceType ?? ''))
      throw new Ec2ApiError(
        'InvalidParameterValue',
        `'${spec.ResourceType ?? ''}' is not a valid taggable resource type for this operation.`,
      );
    if (spec.ResourceType !== resourceType) continue;
    for (const tag of spec.Tags ?? []) {
      if (!tag.Key) throw new Ec2ApiError('InvalidParameterValue', 'Tag key must not be empty');
      if (tag.Key.startsWith('aws:'))
        throw new Ec2ApiError('InvalidParameterValue', "Tag keys starting with 'aws:' are reserved for internal use");
      tags.set(tag.Key, tag.Value ?? '');
    }
  }
  return tags;
}

/** Runs one RunInstances request; returns the instance launched (or launched before under the same token). */
export function runInstances(context: LaunchContext, input: RunInput): SimInstance {
  if (input.MinCount !== 1 || input.MaxCount !== 1)
    throw new Ec2ApiError('InvalidParameterValue', 'The double launches one instance at a time (MinCount=MaxCount=1).');
  const signature = JSON.stringify({ ...input, ClientToken: undefined });
  if (input.ClientToken) {
    const previous = context.tokens.get(input.ClientToken);
    if (previous && previous.signature !== signature)
      throw new Ec2ApiError(
        'IdempotentParameterMismatch',
        'Arguments on this idempotent request are inconsistent with arguments used in previous request(s).',
      );
    const instance = previous && context.instances.find((i) => i.id === previous.instanceId);
    if (instance) return instance;
  }
  const template = input.LaunchTemplate ? resolveTemplate(context.templates, input.LaunchTemplate) : undefined;
  const imageId = input.ImageId ?? template?.imageId;
  if (!imageId) throw new Ec2ApiError('MissingParameter', 'The request must contain the parameter ImageId');
  const instanceType = input.InstanceType ?? template?.instanceType ?? 'm1.small';
  const subnetId = input.SubnetId ?? template?.subnetId ?? 'subnet-default0';
  checkFaults(context.faults, context.instances, instanceType, subnetId, input);
  const instance = context.newInstance({
    state: 'pending',
    instanceType,
    subnetId,
    imageId,
    market: input.InstanceMarketOptions?.MarketType === 'spot' ? 'spot' : 'on-demand',
    shutdownBehavior: input.InstanceInitiatedShutdownBehavior ?? template?.shutdownBehavior ?? 'stop',
    launchTime: new Date(),
    tags: tagsFor(input, 'instance'),
    volumeTags: tagsFor(input, 'volume'),
    clientToken: input.ClientToken,
    launchTemplate: input.LaunchTemplate
      ? {
          id: input.LaunchTemplate.LaunchTemplateId ?? input.LaunchTemplate.LaunchTemplateName ?? '',
          version: input.LaunchTemplate.Version ?? '$Default',
        }
      : undefined,
  });
  if (input.ClientToken) context.tokens.set(input.ClientToken, { signature, instanceId: instance.id });
  return instance;
}
