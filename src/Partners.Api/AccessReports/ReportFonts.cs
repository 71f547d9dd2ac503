using PdfSharp.Fonts;

namespace Partners.Api.AccessReports;

/// <summary>
/// PDFsharp's core build draws text only with fonts it is given: every family maps to DejaVu Sans (regular or bold),
/// from Debian's fonts-dejavu-core (installed by tools/install-system-packages.sh and the container image).
/// </summary>
internal sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Directories = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"];
    private static readonly Lock Gate = new();
    private static bool installed;

    /// <summary>Sets the resolver once per process (PDFsharp refuses a change after first use).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!installed)
            {
                GlobalFontSettings.FontResolver = new ReportFonts();
                installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName)
    {
        foreach (var directory in Directories)
        {
            var path = Path.Combine(directory, faceName + ".ttf");
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        throw new FileNotFoundException($"The font {faceName}.ttf is missing: install Debian's fonts-dejavu-core (tools/install-system-packages.sh).");
    }
}
