#!/usr/bin/env node
/**
 * The longest functions in src/, and a failure above the limit (issue #17: no function over 60
 * lines). A function's length is its lines from signature to closing brace, blank and comment-only
 * lines left out, nested functions included (as ESLint's max-lines-per-function counts). Generated
 * data and the sample generators are not code a reader follows, so they are not measured.
 *
 *   node src/tools/function-length.mjs [--limit 60] [--top 10]
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? Number(args[at + 1]) : fallback;
};
const LIMIT = option("--limit", 60);
const TOP = option("--top", 10);

/** Not measured: generated tables and the tools that write the sample workbooks. */
const SKIP = [
  /^src\/rules\/data\/generated\//u,
  /\.generated\.ts$/u,
  /^src\/tools\/(make-sample|make-attestation-sample|sample|attestationSample|practiceCases|generate-holidays)\.ts$/u,
];

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|cts)$/u.test(name) && !name.endsWith(".d.ts")) yield path;
  }
}

/** Lines of a node's text that hold code: not blank, not only a comment. */
function codeLines(text) {
  let inBlock = false;
  let count = 0;
  for (const raw of text.split("\n")) {
    let line = raw.trim();
    if (inBlock) {
      const end = line.indexOf("*/");
      if (end < 0) continue;
      inBlock = false;
      line = line.slice(end + 2).trim();
    }
    if (line.startsWith("/*") && !line.includes("*/")) {
      inBlock = true;
      continue;
    }
    if (line === "" || line.startsWith("//") || (line.startsWith("/*") && line.endsWith("*/"))) continue;
    count++;
  }
  return count;
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name && ts.isPrivateIdentifier(node.name)) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isCallExpression(parent)) {
    const callee = parent.expression.getText().split("(")[0];
    return `(callback of ${callee})`;
  }
  return "(anonymous)";
}

const found = [];
for (const path of sourceFiles("src")) {
  const file = relative(process.cwd(), path).replaceAll("\\", "/");
  if (SKIP.some((pattern) => pattern.test(file))) continue;
  const text = readFileSync(path, "utf8");
  const kind = file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const lines = codeLines(node.getText(source));
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ file, line, name: nameOf(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

found.sort((a, b) => b.lines - a.lines);
const over = found.filter((f) => f.lines > LIMIT);
console.log(`Longest functions in src/ (code lines; limit ${LIMIT}):`);
for (const f of found.slice(0, Math.max(TOP, over.length)))
  console.log(`${f.lines > LIMIT ? "✗" : " "} ${String(f.lines).padStart(4)}  ${f.name}  ${f.file}:${f.line}`);
if (over.length > 0) {
  console.error(`\n${over.length} function(s) over ${LIMIT} lines: split them into named steps.`);
  process.exit(1);
}
console.log(`\nEvery function is within ${LIMIT} lines.`);
