// The EC2 calls e2c-runner makes, behind a small interface so the flow is written against it,
// and the one implementation on @aws-sdk/client-ec2, loaded lazily (the SDK is the heaviest module
// an action can load: imported only when a phase talks to EC2). Credentials, region and endpoint
// come from the SDK's standard chain (AWS_ENDPOINT_URL_EC2 / AWS_ENDPOINT_URL included).
import type * as Sdk from '@aws-sdk/client-ec2';

export interface InstanceInfo {
  id: string;
  state: string;
  instanceType: string;
  publicIp?: string;
  privateIp?: string;
  market: 'spot' | 'on-demand';
  launchTime?: Date;
  tags: Record<string, string>;
}

export interface LaunchRequest {
  launchTemplate: { id?: string; name?: string; version: string };
  instanceType?: string;
  subnetId?: string;
  spot?: { maxPrice?: string };
  clientToken: string;
  tags: Record<string, string>;
  shutdownBehavior?: 'stop' | 'terminate';
}

export interface Ec2Api {
  launch(request: LaunchRequest): Promise<InstanceInfo>;
  describe(ids: string[]): Promise<InstanceInfo[]>;
  findByTags(tags: Record<string, string>, states: string[]): Promise<InstanceInfo[]>;
  start(id: string): Promise<void>;
  stop(id: string): Promise<void>;
  terminate(id: string): Promise<void>;
  /** The console output, decoded; '' while the instance has printed nothing yet. */
  consoleOutput(id: string): Promise<string>;
}

function toInfo(instance: Sdk.Instance): InstanceInfo {
  return {
    id: instance.InstanceId ?? '',
    state: instance.State?.Name ?? 'unknown',
    instanceType: instance.InstanceType ?? '',
    publicIp: instance.PublicIpAddress,
    privateIp: instance.PrivateIpAddress,
    market: instance.InstanceLifecycle === 'spot' ? 'spot' : 'on-demand',
    launchTime: instance.LaunchTime,
    tags: Object.fromEntries((instance.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
  };
}

function tagList(tags: Record<string, string>): Sdk.Tag[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/**
 * An Ec2Api on the AWS SDK. `launchAttempts` caps the SDK's own retries for RunInstances
 * (capacity errors come as HTTP 500, which it would retry three times before we can fall back).
 */
export async function createSdkEc2Api(options: { region?: string; launchAttempts?: number }): Promise<Ec2Api> {
  const sdk = await import('@aws-sdk/client-ec2');
  const region = options.region || undefined;
  const client = new sdk.EC2Client({ region });
  const launchClient = new sdk.EC2Client({ region, maxAttempts: options.launchAttempts ?? 1 });
  const all = (reservations: Sdk.Reservation[] | undefined) =>
    (reservations ?? []).flatMap((r) => r.Instances ?? []).map(toInfo);
  return {
    async launch(request) {
      const { id, name, version } = request.launchTemplate;
      const out = await launchClient.send(
        new sdk.RunInstancesCommand({
          MinCount: 1,
          MaxCount: 1,
          LaunchTemplate: id
            ? { LaunchTemplateId: id, Version: version }
            : { LaunchTemplateName: name, Version: version },
          InstanceType: request.instanceType as Sdk._InstanceType | undefined,
          SubnetId: request.subnetId,
          ClientToken: request.clientToken,
          InstanceInitiatedShutdownBehavior: request.shutdownBehavior,
          InstanceMarketOptions: request.spot
            ? {
                MarketType: 'spot',
                SpotOptions: {
                  SpotInstanceType: 'one-time',
                  InstanceInterruptionBehavior: 'terminate',
                  MaxPrice: request.spot.maxPrice,
                },
              }
            : undefined,
          TagSpecifications: [
            { ResourceType: 'instance', Tags: tagList(request.tags) },
            { ResourceType: 'volume', Tags: tagList(request.tags) },
          ],
        }),
      );
      const instance = out.Instances?.[0];
      if (!instance?.InstanceId) throw new Error('RunInstances answered without an instance id');
      return toInfo(instance);
    },
    async describe(ids) {
      return all((await client.send(new sdk.DescribeInstancesCommand({ InstanceIds: ids }))).Reservations);
    },
    async findByTags(tags, states) {
      const Filters = [
        ...Object.entries(tags).map(([key, value]) => ({ Name: `tag:${key}`, Values: [value] })),
        { Name: 'instance-state-name', Values: states },
      ];
      const found: InstanceInfo[] = [];
      let NextToken: string | undefined;
      do {
        const page = await client.send(new sdk.DescribeInstancesCommand({ Filters, NextToken }));
        found.push(...all(page.Reservations));
        NextToken = page.NextToken;
      } while (NextToken);
      return found;
    },
    async start(id) {
      await client.send(new sdk.StartInstancesCommand({ InstanceIds: [id] }));
    },
    async stop(id) {
      await client.send(new sdk.StopInstancesCommand({ InstanceIds: [id] }));
    },
    async terminate(id) {
      await client.send(new sdk.TerminateInstancesCommand({ InstanceIds: [id] }));
    },
    async consoleOutput(id) {
      const out = await client.send(new sdk.GetConsoleOutputCommand({ InstanceId: id }));
      return out.Output ? Buffer.from(out.Output, 'base64').toString('utf8') : '';
    },
  };
}
