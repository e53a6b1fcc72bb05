// Jest resolves with the "require" condition; the ESM-only packages we use (@actions/*, @octokit/*)
// export only "import". Retry those with "import" (swc then turns them into CommonJS), leaving
// every other package, jest's own included, resolved as usual.
module.exports = (request, options) => {
  try {
    return options.defaultResolver(request, options);
  } catch (error) {
    if (request.startsWith('.') || request.startsWith('/')) throw error;
    return options.defaultResolver(request, { ...options, conditions: ['import', 'node', 'default'] });
  }
};
