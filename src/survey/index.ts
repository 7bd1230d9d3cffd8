export * from "./staffSheets";
export * from "./workbookColumns";
