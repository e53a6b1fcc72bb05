// The `latest-tag` input: the moving tag latest-manager manages (`latest`, `stable`). A name that
// is a version (`1.0.0`, `v1.0.0`, with or without the tag prefix) is a release's own tag, and
// moving it would replace that release: it is refused before anything is read or written.
import { InputError } from '../errors/input-error';
import { isValidTag } from '../registry/reference';
import { versionOfTag } from '../version/image-tag';
import { versionOfImageTag, type TagPrefix } from '../version/tag-prefix';

/** `value` when it is an image tag that names no version; an InputError naming `latest-tag` otherwise. */
export function parseLatestTag(value: string, prefix: TagPrefix): string {
  if (!isValidTag(value)) throw new InputError('latest-tag', value, 'an image tag such as latest or stable');
  if (versionOfTag(value) || versionOfImageTag(value, prefix)) {
    throw new InputError(
      'latest-tag',
      value,
      'a tag name that is not a version, such as latest or stable',
      'A version tag holds that release: moving it would replace the release (use floating-tags for 1 and 1.2)',
    );
  }
  return value;
}
