// The git side of the tag-type decision against real repositories: what cat-file says in a
// full clone, in the shallow checkout actions/checkout before v6.0.2 makes, and after fetching
// the single tag ref again.
import { execProcess } from '@cib/core/exec/exec';
import { fetchTagRef } from '@cib/core/git/fetch-tag';
import { isShallowRepository } from '@cib/core/git/shallow';
import { localTagType } from '@cib/core/git/tag-object';
import {
  createOrigin,
  emptyRepository,
  fullClone,
  shallowTagCheckout,
  tagObjectType,
  type Origin,
} from '../support/git-repo';

let origin: Origin;

beforeAll(() => {
  origin = createOrigin([
    { name: '1.8.6', annotated: true },
    { name: '1.8.7alpha', annotated: false },
    { name: '1.8.7', annotated: true },
  ]);
});

describe('localTagType in a full clone', () => {
  it.each([
    ['1.8.7', 'annotated'],
    ['1.8.7alpha', 'lightweight'],
    ['9.9.9', 'missing'],
  ])('%s is %s', async (tag, expected) => {
    expect(await localTagType(execProcess, fullClone(origin), tag)).toBe(expected);
  });

  it('is missing outside any repository', async () => {
    expect(await localTagType(execProcess, '/', '1.8.7')).toBe('missing');
  });
});

describe('the shallow tag checkout of actions/checkout before v6.0.2', () => {
  it('is shallow and shows the annotated tag as lightweight', async () => {
    const checkout = shallowTagCheckout(origin, '1.8.7');
    expect(await isShallowRepository(execProcess, checkout)).toBe(true);
    expect(tagObjectType(origin.path, '1.8.7')).toBe('tag');
    expect(await localTagType(execProcess, checkout, '1.8.7')).toBe('lightweight');
  });

  it('gets the annotated tag back by fetching the single tag ref', async () => {
    const checkout = shallowTagCheckout(origin, '1.8.7');
    const fetched = await fetchTagRef(execProcess, checkout, '1.8.7');
    expect(fetched).toEqual({ ok: true, detail: expect.any(String) });
    expect(await localTagType(execProcess, checkout, '1.8.7')).toBe('annotated');
  });

  it('keeps a real lightweight tag lightweight after the fetch', async () => {
    const checkout = shallowTagCheckout(origin, '1.8.7alpha');
    expect((await fetchTagRef(execProcess, checkout, '1.8.7alpha')).ok).toBe(true);
    expect(await localTagType(execProcess, checkout, '1.8.7alpha')).toBe('lightweight');
  });
});

describe('fetchTagRef failures', () => {
  it('reports a tag the remote does not have', async () => {
    const result = await fetchTagRef(execProcess, fullClone(origin), '7.7.7');
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/couldn't find remote ref|not our ref|refs\/tags\/7\.7\.7/i);
  });

  it('reports a repository without an origin', async () => {
    const result = await fetchTagRef(execProcess, emptyRepository(), '1.8.7');
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/origin/);
  });
});

describe('isShallowRepository', () => {
  it('is false for a full clone and outside a repository', async () => {
    expect(await isShallowRepository(execProcess, fullClone(origin))).toBe(false);
    expect(await isShallowRepository(execProcess, '/')).toBe(false);
  });
});
