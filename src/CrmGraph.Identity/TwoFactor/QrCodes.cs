using QRCoder;

namespace CrmGraph.Identity.TwoFactor;

/// <summary>QR codes drawn as inline SVG: markup only, so the page needs no script and loads nothing from elsewhere.</summary>
internal static class QrCodes
{
    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(4);
    }
}
