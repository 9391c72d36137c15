// Renders build/icon.svg into the icon files electron-builder packs: PNG sizes for Linux, icon.ico for Windows, icon.icns for macOS.
// Run it after changing the SVG: `node scripts/electron-icons.mjs` (it needs Chromium, like the end-to-end tests; set CHROMIUM_PATH elsewhere).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const buildDir = path.resolve(import.meta.dirname, '..', 'build');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Linux wants a folder of NxN.png; these sizes also feed the .ico and .icns below. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** Windows shows 16-256; entries of 256 and up are stored as PNG, which Windows Vista and later read for every size. */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** macOS icon types that hold PNG data, by pixel size. */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

/** An ICO file: a directory of images, each a whole PNG file. */
export function icoFile(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

/** An ICNS file: the 'icns' magic and length, then one (type, length, PNG) block per size. */
export function icnsFile(images) {
  const blocks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + blocks.reduce((sum, block) => sum + block.length, 0), 4);
  return Buffer.concat([head, ...blocks]);
}

async function renderPngs(svg) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const pngs = new Map();
    for (const size of PNG_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

async function main() {
  const svg = await readFile(path.join(buildDir, 'icon.svg'), 'utf8');
  const pngs = await renderPngs(svg);
  await mkdir(path.join(buildDir, 'icons'), { recursive: true });
  for (const [size, png] of pngs) await writeFile(path.join(buildDir, 'icons', `${size}x${size}.png`), png);
  await writeFile(path.join(buildDir, 'icon.ico'), icoFile(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  await writeFile(
    path.join(buildDir, 'icon.icns'),
    icnsFile(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size) }))),
  );
  console.log(`Wrote ${pngs.size} PNG sizes, icon.ico and icon.icns to build/.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
