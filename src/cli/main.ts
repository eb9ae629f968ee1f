/*
 * `iku-lakip`: the add-in's actions on .xlsx files, without Excel. This file only reads
 * the command line and hands over to src/cli/commands; see help.ts for the usage.
 */
import { parseArgs } from "util";
import { CliError, EXIT, type CliIo } from "./CliIo";
import { konsolidasiCommand } from "./commands/konsolidasi";
import { lakipCommand } from "./commands/lakip";
import { monevCommand } from "./commands/monev";
import { pkCommand } from "./commands/pk";
import { templateCommand } from "./commands/template";
import { validasiCommand } from "./commands/validasi";
import { HELP } from "./help";

const OPTIONS = {
  out: { type: "string", short: "o" },
  tahun: { type: "string" },
  triwulan: { type: "string" },
  katalog: { type: "string" },
  json: { type: "boolean" },
  "in-place": { type: "boolean" },
  timpa: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function year(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim()))
    throw new CliError(`--tahun harus tahun empat angka, misalnya 2024 (bukan "${value}").`);
  return Number(value);
}

function quarter(value: string | undefined): 1 | 2 | 3 | 4 {
  const n = Number((value ?? "").trim());
  if (n === 1 || n === 2 || n === 3 || n === 4) return n;
  throw new CliError(
    value === undefined
      ? "monev memerlukan --triwulan 1, 2, 3 atau 4, misalnya: iku-lakip monev IKU.xlsx --triwulan 2"
      : `--triwulan harus 1, 2, 3 atau 4 (bukan "${value}").`,
  );
}

function required<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new CliError(message);
  return value;
}

function only(positionals: readonly string[], count: number, command: string): void {
  if (positionals.length > count)
    throw new CliError(`Terlalu banyak berkas untuk "${command}": ${positionals.slice(count).join(" ")}`);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new CliError(`${(error as Error).message}. Lihat: iku-lakip --help`);
    }
    const { values: o, positionals } = parsed;
    const [command, ...files] = positionals;
    if (o.help || command === undefined || command === "bantuan" || command === "help") {
      io.out(HELP);
      return command === undefined && !o.help ? EXIT.usage : EXIT.ok;
    }
    const tahun = year(o.tahun);
    const timpa = o.timpa === true;
    switch (command) {
      case "template":
        only(files, 1, command);
        return await templateCommand(
          {
            out: required(o.out, "template memerlukan --out, misalnya: iku-lakip template --out IKU.xlsx"),
            timpa,
            ...(files[0] !== undefined ? { input: files[0] } : {}),
            ...(o.katalog !== undefined ? { katalog: o.katalog } : {}),
            ...(tahun !== undefined ? { tahun } : {}),
          },
          io,
        );
      case "validasi":
        only(files, 1, command);
        return await validasiCommand(
          {
            input: required(
              files[0],
              "validasi memerlukan satu berkas, misalnya: iku-lakip validasi IKU.xlsx",
            ),
            json: o.json === true,
            ...(tahun !== undefined ? { tahun } : {}),
          },
          io,
        );
      case "lakip":
        only(files, 1, command);
        return await lakipCommand(
          {
            input: required(
              files[0],
              "lakip memerlukan satu berkas, misalnya: iku-lakip lakip IKU.xlsx --tahun 2024",
            ),
            inPlace: o["in-place"] === true,
            timpa,
            ...(o.out !== undefined ? { out: o.out } : {}),
            ...(tahun !== undefined ? { tahun } : {}),
          },
          io,
        );
      case "monev":
        only(files, 1, command);
        return await monevCommand(
          {
            input: required(
              files[0],
              "monev memerlukan satu berkas, misalnya: iku-lakip monev IKU.xlsx --triwulan 2",
            ),
            triwulan: quarter(o.triwulan),
            inPlace: o["in-place"] === true,
            timpa,
            ...(o.out !== undefined ? { out: o.out } : {}),
            ...(tahun !== undefined ? { tahun } : {}),
          },
          io,
        );
      case "pk":
        only(files, 1, command);
        return await pkCommand(
          {
            input: required(
              files[0],
              "pk memerlukan satu berkas, misalnya: iku-lakip pk IKU.xlsx --tahun 2025",
            ),
            inPlace: o["in-place"] === true,
            timpa,
            ...(o.out !== undefined ? { out: o.out } : {}),
            ...(tahun !== undefined ? { tahun } : {}),
          },
          io,
        );
      case "konsolidasi":
        return await konsolidasiCommand(
          {
            inputs: files,
            tahun: required(tahun, "konsolidasi memerlukan --tahun, misalnya --tahun 2024"),
            out: required(o.out, "konsolidasi memerlukan --out, misalnya --out Pemda.xlsx"),
            timpa,
          },
          io,
        );
      default:
        throw new CliError(
          `Perintah tidak dikenal: "${command}". Perintah: template, validasi, lakip, monev, pk, konsolidasi. Lihat: iku-lakip --help`,
        );
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`iku-lakip: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}

/** The process's own input and output. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) =>
    process.stderr.write(text.endsWith("\r\x1b[K") || text.startsWith("\r") ? text : `${text}\n`),
  interactive: process.stderr.isTTY === true,
  now: () => new Date(),
};
