// The version of cib a bundle was built from, for internal-error reports ("internal error in cib
// <action> <version>"). Read from the core package's package.json, which ncc inlines at build time.
import corePackage from '../../package.json';

export const CIB_VERSION: string = corePackage.version;
