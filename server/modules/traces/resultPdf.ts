// The trace result as a PDF, drawn from the same presented view as the JSON (so the purchaser is masked exactly
// where the API masks it), in the caller's language, with the record's TLP 2.0 label in every page's header and
// footer (right-aligned, coloured on black, as FIRST's TLP 2.0 standard asks).
import PDFDocument from 'pdfkit';
import type { z } from 'zod';
import {
  formatDay,
  formatInstant,
  interpolate,
  timeToCrimeNumbers,
  type Locale,
} from '../../../core/i18n/locale';
import type { traceView } from './schemas';
import { RESULT_PDF_TEXT } from './resultPdfText';

type TraceView = z.infer<typeof traceView>;

/** FIRST TLP 2.0 colours: the label's text colour; the background is always black. */
const TLP_COLOURS: Record<string, string> = {
  RED: '#FF2B2B',
  'AMBER+STRICT': '#FFC000',
  AMBER: '#FFC000',
  GREEN: '#33FF00',
  CLEAR: '#FFFFFF',
};

const MARGIN = 56;

export async function traceResultPdf(
  trace: TraceView,
  locale: Locale,
  options: { compress?: boolean; now?: Date } = {},
): Promise<Buffer> {
  const t = RESULT_PDF_TEXT[locale];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN + 20, bottom: MARGIN + 20, left: MARGIN, right: MARGIN },
    compress: options.compress ?? true,
    bufferPages: true,
    info: { Title: `${t.title} ${trace.id}`, Producer: 'Rastro', Creator: 'Rastro' },
    lang: locale,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const heading = (text: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor('#000000').text(text);
    doc.moveDown(0.2).font('Helvetica').fontSize(10);
  };
  const field = (label: string, value: string | number | null | undefined) => {
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true });
    doc.font('Helvetica').text(value === null || value === undefined || value === '' ? '—' : String(value));
  };

  doc.font('Helvetica-Bold').fontSize(18).text(t.title);
  doc.font('Helvetica').fontSize(10).moveDown(0.3);
  field(t.traceId, trace.id);
  field(t.status, t.statuses[trace.status]);
  if (trace.reason) field(t.reason, trace.reason.message);
  field(t.requestedBy, `${trace.ownerAgency.name} (${trace.ownerAgency.code})`);

  heading(t.firearm);
  const f = trace.firearm;
  field(t.make, f.make);
  field(t.model, f.model);
  field(t.serial, `${f.serial ?? '—'} (${t.serialStates[f.serialState]})`);
  field(t.recovered, `${formatDay(f.recoveredOn, locale)} · ${f.recoveryCountry}`);

  const result = trace.result;
  if (!result) {
    doc.moveDown().text(t.noResult);
  } else {
    heading(t.custody);
    result.custody.forEach((step, index) => {
      doc
        .font('Helvetica-Bold')
        .text(`${index + 1}. ${t.kinds[step.kind]} — `, { continued: true })
        .font('Helvetica')
        .text(`${step.name} (${t.disposedOn} ${formatDay(step.disposedOn, locale)})`);
    });

    heading(t.dealer);
    field(t.dealer, `${result.dealer.name} (${t.licence} ${result.dealer.licence})`);
    field(t.location, [result.dealer.usState, result.dealer.country].filter(Boolean).join(', '));

    heading(t.purchaser);
    if (result.purchaser.masked) doc.font('Helvetica-Oblique').text(t.masked).font('Helvetica');
    else {
      field(t.purchaser, result.purchaser.name);
      field(t.birthDate, result.purchaser.birthDate && formatDay(result.purchaser.birthDate, locale));
      field(t.address, result.purchaser.address);
    }
    field(t.purchaseDate, formatDay(result.purchaseDate, locale));
    field(t.timeToCrime, interpolate(t.ttcValue, timeToCrimeNumbers(result.timeToCrime, locale)));

    heading(t.indicators);
    if (result.indicators.length === 0) doc.text(t.noIndicators);
    for (const indicator of result.indicators)
      doc
        .font('Helvetica-Bold')
        .text(
          `• ${t.indicatorNames[indicator.code]} (${t.strength[indicator.strength].toLocaleLowerCase(locale)}): `,
          {
            continued: true,
            width,
          },
        )
        .font('Helvetica')
        .text(indicator.message);
  }

  // Header and footer on every page: TLP label right-aligned, generated-at and page number on the left.
  const generated = `${t.generatedAt} ${formatInstant(options.now ?? new Date(), locale)}`;
  const label = `TLP:${trace.tlp}`;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { height } = doc.page;
    // Writing inside the margins would add pages; lift the bottom margin while drawing the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    drawTlp(doc, label, trace.tlp, MARGIN / 2);
    drawTlp(doc, label, trace.tlp, height - MARGIN / 2 - 14);
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#444444')
      .text(
        `${generated} · ${t.page} ${i + 1}/${range.count} · ${t.handling}`,
        MARGIN,
        height - MARGIN / 2 - 10,
        {
          width: width - 140,
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function drawTlp(doc: PDFKit.PDFDocument, label: string, tlp: string, y: number) {
  doc.font('Helvetica-Bold').fontSize(12);
  const textWidth = doc.widthOfString(label);
  const x = doc.page.width - MARGIN - textWidth - 8;
  doc
    .save()
    .rect(x, y, textWidth + 8, 16)
    .fill('#000000')
    .restore();
  doc
    .fillColor(TLP_COLOURS[tlp] ?? '#FFFFFF')
    .text(label, x + 4, y + 2, { lineBreak: false })
    .fillColor('#000000');
}
