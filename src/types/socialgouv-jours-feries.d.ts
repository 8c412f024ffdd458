// Types for @socialgouv/jours-feries (CommonJS, ships none): holiday name → local-midnight Date.
declare module '@socialgouv/jours-feries' {
  function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
  export default joursFeries;
}
