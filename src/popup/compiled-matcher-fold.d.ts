// The popup imports only the Chinese variant map from the compiled matcher (esbuild's JSON loader
// tree-shakes the rest, the combined pattern, out of the popup bundle).
declare module 'ssn:compiled-matcher' {
  export const zhFold: Record<string, string>;
}
