// The CLI bundle's entry for the bundler: a CommonJS file makes ncc emit CommonJS (dist/cli), whose chunks
// pyrun's compile cache can serve on Node 20 (ES modules offer no hook for that). The CLI itself is ./index.ts.
require('./index.ts');
