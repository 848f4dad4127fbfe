/** Where the generated Dockerfile finds gantry's runtime files archive in the build context. */
export const RUNTIME_FILES_CONTEXT = '.gantry.runtime-files.tar.gz';
