export * from "./annualReport";
export * from "./layoutReport";
export * from "./summary";
export * from "./strings";
export * from "./makeReport";
