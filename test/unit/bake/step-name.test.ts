// Vertex names as BuildKit writes them, with bake's target prefix for multi-target builds.
import { parseStepName, vertexOwner } from '@cib/core/bake/step-name';

test.each([
  ['[app linux/arm64 2/3] COPY a /a', ['app', 'tool'], { target: 'app', platform: 'linux/arm64', instruction: 'COPY' }],
  ['[linux/arm/v7 3/3] RUN make', ['app'], { platform: 'linux/arm/v7', instruction: 'RUN' }],
  ['[2/3] RUN make', ['app'], { instruction: 'RUN' }],
  ['[build 4/6] WORKDIR /src', ['app'], { instruction: 'WORKDIR' }],
  ['[tool build 4/6] ADD x /x', ['app', 'tool'], { target: 'tool', instruction: 'ADD' }],
])('%p is a step', (name, targets, step) => {
  expect(parseStepName(name, targets)).toEqual(step);
});

test.each([
  '[app linux/amd64 1/3] FROM 127.0.0.1:5000/base:1@sha256:abc',
  '[internal] load build definition from Dockerfile',
  '[app linux/arm64 internal] load metadata for 127.0.0.1:5000/base:1',
  '[app] exporting to image',
  '[app] pushing 127.0.0.1:5000/app:1 with docker',
  'importing cache manifest from 127.0.0.1:5000/cache:app',
  'exporting cache to registry',
])('%p is not a step', (name) => {
  expect(parseStepName(name, ['app', 'tool'])).toBeUndefined();
});

test('vertexOwner reads target and platform of any vertex', () => {
  expect(vertexOwner('[tool linux/arm64 internal] load metadata', ['app', 'tool'])).toEqual({
    target: 'tool',
    platform: 'linux/arm64',
  });
  expect(vertexOwner('[linux/amd64 3/3] RUN x', ['app'])).toEqual({ platform: 'linux/amd64' });
});
