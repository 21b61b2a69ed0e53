/** Build identifier shown in the footer and settings (`VITE_BUILD_ID` at build time). */
export const BUILD_ID: string = (import.meta.env.VITE_BUILD_ID as string | undefined) || 'dev';
