using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Partners.Api.AccessReports;

/// <summary>
/// The access report as a document to hand over (PDFsharp, MIT): the platform's header and the date on every page,
/// the person, who read what and why, the consents, the data held; "Page n/N" at the foot.
/// </summary>
public static class AccessReportPdf
{
    private const double PageWidth = 595, PageHeight = 842, Margin = 50, Bottom = PageHeight - 60;

    public static byte[] Render(AccessReport report, AccessReportText text)
    {
        ReportFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = text.Get("report_title");
        document.Info.Author = text.Get("report_platform");
        var writer = new Writer(document, text, AccessReportText.Day(report.GeneratedAt));

        writer.Line(text.Get("report_person", report.FirstName, report.LastName, report.Niss), writer.Bold);
        writer.Gap();

        writer.Heading(text.Get("report_reads"));
        if (report.Lines.Count == 0)
        {
            writer.Line(text.Get("report_no_reads"));
        }

        foreach (var line in report.Lines)
        {
            writer.Line(text.Get("report_read_line", report.OrganisationName(line.OrganisationId), text.Category(line.Category),
                AccessReportText.Day(line.FirstReadAt), AccessReportText.Day(line.LastReadAt), line.Count));
            writer.Line(text.Get("report_purpose", text.Purpose(line)), indent: 16);
            writer.Line(text.Get("report_basis", text.Basis(line)), indent: 16);
        }

        writer.Heading(text.Get("report_consents"));
        if (report.Consents.Count == 0)
        {
            writer.Line(text.Get("report_no_consents"));
        }

        foreach (var consent in report.Consents)
        {
            writer.Line(text.Get("report_consent_line", report.OrganisationName(consent.RecipientOrganisationId),
                string.Join(", ", consent.Categories.Select(text.Category)), AccessReportText.Day(consent.GrantedAt),
                report.OrganisationName(consent.RecordedByOrganisationId), text.ConsentStatus(consent, report.Today)));
            writer.Line(text.Get("report_purpose", consent.Purpose), indent: 16);
        }

        writer.Heading(text.Get("report_held"));
        foreach (var holding in report.Holdings)
        {
            var content = holding.Fields is null ? text.Get("report_held_ask_holder")
                : holding.Fields.Count == 0 ? text.Get("report_held_none")
                : string.Join(", ", holding.Fields.Select(f => text.Get(f)));
            writer.Line(text.Get("report_held_line", text.Category(holding.Category), text.Holder(holding.Category), content));
        }

        writer.Finish();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>Lays lines top to bottom, wrapping words, opening a page (with the header) when one is full.</summary>
    private sealed class Writer
    {
        private readonly PdfDocument document;
        private readonly AccessReportText text;
        private readonly string date;
        private readonly XFont regular = new(ReportFonts.Family, 10, XFontStyleEx.Regular);
        private readonly XFont heading = new(ReportFonts.Family, 12, XFontStyleEx.Bold);
        private readonly XFont small = new(ReportFonts.Family, 8, XFontStyleEx.Regular);
        private XGraphics? graphics;
        private double y;

        public Writer(PdfDocument document, AccessReportText text, string date)
        {
            this.document = document;
            this.text = text;
            this.date = date;
            Bold = new XFont(ReportFonts.Family, 10, XFontStyleEx.Bold);
            NewPage();
        }

        public XFont Bold { get; }

        public void Heading(string title)
        {
            Gap();
            Line(title, heading);
        }

        public void Gap() => y += 8;

        public void Line(string content, XFont? font = null, double indent = 0)
        {
            font ??= regular;
            var width = PageWidth - 2 * Margin - indent;
            foreach (var row in Wrap(content, font, width))
            {
                if (y + font.Height > Bottom)
                {
                    NewPage();
                }

                y += font.Height;
                graphics!.DrawString(row, font, XBrushes.Black, Margin + indent, y);
            }
        }

        /// <summary>Numbers the pages once their count is known.</summary>
        public void Finish()
        {
            graphics?.Dispose();
            graphics = null;
            for (var i = 0; i < document.PageCount; i++)
            {
                using var footer = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
                footer.DrawString(text.Get("report_page", i + 1, document.PageCount), small, XBrushes.Gray, Margin, PageHeight - 30);
            }
        }

        private void NewPage()
        {
            graphics?.Dispose();
            var page = document.AddPage();
            graphics = XGraphics.FromPdfPage(page);
            graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(0, 84, 147)), 0, 0, PageWidth, 36);
            graphics.DrawString(text.Get("report_platform"), Bold, XBrushes.White, Margin, 23);
            y = 60;
            graphics.DrawString(text.Get("report_title"), heading, XBrushes.Black, Margin, y);
            y += small.Height + 4;
            graphics.DrawString(text.Get("report_date", date), small, XBrushes.Black, Margin, y);
            y += 10;
        }

        private IEnumerable<string> Wrap(string content, XFont font, double width)
        {
            var row = "";
            foreach (var word in content.Split(' '))
            {
                var candidate = row.Length == 0 ? word : row + " " + word;
                if (row.Length > 0 && graphics!.MeasureString(candidate, font).Width > width)
                {
                    yield return row;
                    row = word;
                }
                else
                {
                    row = candidate;
                }
            }

            yield return row;
        }
    }
}
