using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Disclosure;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Reporting;

/// <summary>
/// The quarter's board report (what <c>yj report</c> writes): one self-contained HTML page (inline CSS, inline SVG,
/// no script, no network) with the quarter's headlines against the previous quarter and the same quarter a year
/// before, an eight-quarter trend chart per headline, each headline split by type of order, the cohort, the
/// data-quality summary and the disclosure-control note. Every chart has a title and a text alternative and is
/// followed by a table with the same numbers; the page has an A4 print stylesheet.
/// </summary>
/// <remarks>
/// Disclosure control (kpi-rules §12, decision CL13): with a <see cref="DisclosurePolicy"/> small counts are shown as
/// its marker with secondary suppression, and a value computed from a suppressed count is hidden with it; with
/// <see langword="null"/> every count is shown and the page says it is for internal use only.
/// Nothing here reads a clock or a file: the quarter and the data are passed in.
/// </remarks>
/// <example>
/// <code>
/// var engine = new KpiEngine();
/// var prepared = KpiEngine.Prepare(read.Value);
/// var trend = BoardReport.Trend(engine, prepared, new ReportingQuarter(2024, 1), DefinitionSet.Default);
/// File.WriteAllText("report.html", BoardReport.Html(read.Value.Name, trend, read.Summary, DisclosurePolicy.Default));
/// </code>
/// </example>
public static class BoardReport
{
    /// <summary>The number of quarters of a report's trend: the report's quarter and the seven before it.</summary>
    public const int TrendQuarters = 8;

    /// <summary>Builds the page.</summary>
    /// <param name="serviceName">The service's name, shown in the title.</param>
    /// <param name="trend">The returns of up to the last eight quarters, oldest first; the last is the report's quarter
    /// (<see cref="Trend"/> computes them).</param>
    /// <param name="summary">What the reader read, accepted and rejected (the data-quality section).</param>
    /// <param name="disclosure">The policy applied to published counts, or null for internal use (no suppression).</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="disclosure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="trend"/> is empty.</exception>
    public static string Html(string serviceName, IReadOnlyList<KpiReturn> trend, ReadSummary summary, DisclosurePolicy? disclosure)
    {
        ArgumentNullException.ThrowIfNull(serviceName);
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(summary);
        if (trend.Count == 0)
        {
            throw new ArgumentException("The trend needs at least the report's quarter; it is empty.", nameof(trend));
        }

        var current = trend[^1];
        var previous = trend.Count >= 2 ? trend[^2] : null;
        var yearBefore = trend.Count >= 5 ? trend[^5] : null;
        var headlines = Headlines(current).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E($"{serviceName}: youth justice KPIs, {current.Quarter}"))
            .Append("</title><style>").Append(Css).Append("</style></head><body>");
        html.Append("<header><h1>").Append(E(serviceName)).Append(": youth justice KPIs, ").Append(E(current.Quarter.ToString()))
            .Append("</h1><p>Definitions: ").Append(E(current.Definitions.ToString())).Append(". ")
            .Append(current.Profile.IsGuidance
                ? string.Empty
                : E($"Counted as the YJB's own pipeline counts (profile {current.Profile.Name}), not as the guidance defines: {string.Join("; ", current.Profile.Divergences.Select(d => $"{d.Description} ({d.SpecReference})"))}. "))
            .Append(disclosure is null
                ? "<strong>Disclosure control OFF</strong>: every count is shown exactly. For internal use only; do not publish."
                : E($"Disclosure control ON: counts below {disclosure.Threshold} are shown as '{disclosure.Marker}', with secondary suppression so they cannot be worked out from totals (kpi-rules §12). Values are computed from the true counts."))
            .Append("</p></header>");

        html.Append("<section id=\"headlines\"><h2>Headlines</h2><table><caption>The quarter's headline measures against the previous quarter and the same quarter a year before</caption><thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Numerator</th><th scope=\"col\">Denominator</th><th scope=\"col\">Value</th>")
            .Append("<th scope=\"col\">Previous quarter</th><th scope=\"col\">Change</th><th scope=\"col\">Year before</th><th scope=\"col\">Change</th></tr></thead><tbody>");
        foreach (var measure in headlines)
        {
            var before = previous?.Find(measure.Id);
            var yearAgo = yearBefore?.Find(measure.Id);
            html.Append("<tr><th scope=\"row\">").Append(E(measure.Definition.Title)).Append("</th><td>")
                .Append(Count(measure.Numerator, disclosure)).Append("</td><td>").Append(measure.Definition.Unit == MeasureUnit.Count ? "" : Count(measure.Denominator, disclosure)).Append("</td><td class=\"value\">")
                .Append(ValueText(measure.Fraction, measure.Definition.Unit, disclosure)).Append("</td><td>").Append(before is null ? "n/a" : ValueText(before.Fraction, measure.Definition.Unit, disclosure)).Append("</td><td>").Append(Direction(measure, before, disclosure))
                .Append("</td><td>").Append(yearAgo is null ? "n/a" : ValueText(yearAgo.Fraction, measure.Definition.Unit, disclosure)).Append("</td><td>").Append(Direction(measure, yearAgo, disclosure)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");

        html.Append("<section id=\"trends\"><h2>Eight-quarter trends</h2>");
        foreach (var measure in headlines)
        {
            var points = trend.Select(r => (r.Quarter, Value: r.Find(measure.Id) is { } m ? Shown(m.Fraction, m.Definition.Unit, disclosure) : null)).ToList();
            html.Append("<figure>").Append(TrendSvg(measure, points)).Append("<figcaption>").Append(E(measure.Definition.Title)).Append(" by quarter</figcaption>")
                .Append("<table class=\"data\"><caption>").Append(E(measure.Definition.Title)).Append(": values by quarter</caption><tr>");
            foreach (var point in points)
            {
                html.Append("<th scope=\"col\">").Append(E(point.Quarter.ToString())).Append("</th>");
            }

            html.Append("</tr><tr>");
            foreach (var point in points)
            {
                var shown = trend.First(r => r.Quarter == point.Quarter).Find(measure.Id);
                html.Append("<td>").Append(shown is null ? "n/a" : ValueText(shown.Fraction, shown.Definition.Unit, disclosure)).Append("</td>");
            }

            html.Append("</tr></table></figure>");
        }

        html.Append("</section><section id=\"splits\"><h2>By type of order</h2>");
        foreach (var measure in headlines.Where(m => m.ByTypeOfOrder.Count > 0))
        {
            var splits = TypeOfOrder.List.OrderBy(t => t.Value).Where(measure.ByTypeOfOrder.ContainsKey).Select(t => (Type: t, Fraction: measure.ByTypeOfOrder[t])).ToList();
            var published = Published(splits.Select(s => s.Fraction.Numerator).ToList(), disclosure);
            var publishedDenominators = Published(splits.Select(s => s.Fraction.Denominator).ToList(), disclosure);
            html.Append("<figure>").Append(SplitSvg(measure, splits, disclosure)).Append("<figcaption>").Append(E(measure.Definition.Title)).Append(" by type of order</figcaption>")
                .Append("<table class=\"data\"><caption>").Append(E(measure.Definition.Title)).Append(" by type of order</caption><thead><tr><th scope=\"col\">Type of order</th><th scope=\"col\">Numerator</th><th scope=\"col\">Denominator</th><th scope=\"col\">Value</th></tr></thead><tbody>");
            for (var i = 0; i < splits.Count; i++)
            {
                html.Append("<tr><th scope=\"row\">").Append(E(splits[i].Type.YjbLabel)).Append("</th><td>").Append(E(published[i])).Append("</td><td>")
                    .Append(E(publishedDenominators[i])).Append("</td><td>")
                    .Append(ValueText(splits[i].Fraction, measure.Definition.Unit, disclosure)).Append("</td></tr>");
            }

            html.Append("</tbody></table></figure>");
        }

        var cohort = current.Cohort;
        html.Append("</section><section id=\"cohort\"><h2>The cohort</h2><table><caption>Who was counted and who was excluded, and why</caption><tbody>")
            .Append("<tr><th scope=\"row\">Children with an intervention ending in the quarter</th><td>").Append(Count(cohort.Candidates, disclosure)).Append("</td></tr>")
            .Append("<tr><th scope=\"row\">Counted in the cohort</th><td>").Append(Count(cohort.Members.Count, disclosure)).Append("</td></tr>")
            .Append("<tr><th scope=\"row\">Excluded</th><td>").Append(Count(cohort.Exclusions.Count, disclosure)).Append("</td></tr>");
        var reasons = ExclusionReason.List.OrderBy(r => r.Order).Where(r => r.Divergence is null || cohort.Exclusions.Any(e => e.Reason == r)).ToList();
        var byReason = Published([.. reasons.Select(r => (long)cohort.Exclusions.Count(e => e.Reason == r))], disclosure);
        for (var i = 0; i < reasons.Count; i++)
        {
            html.Append("<tr><th scope=\"row\" class=\"indent\">").Append(E(reasons[i].Description)).Append("</th><td>").Append(E(byReason[i])).Append("</td></tr>");
        }

        html.Append("</tbody></table></section><section id=\"quality\"><h2>Data quality</h2><p>How far to trust the figures: what the reader read, accepted and rejected.</p>")
            .Append(summary.Seen == 0 ? "<p class=\"note\">Nothing was read from a file: the data were generated (yj sample), so there is no reader summary.</p>" : string.Empty)
            .Append("<table><caption>Items read</caption><thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Read</th><th scope=\"col\">Accepted</th><th scope=\"col\">Rejected</th></tr></thead><tbody>");
        foreach (var item in summary.Items)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(item.Kind.ToString())).Append("</th><td>").Append(N(item.Seen)).Append("</td><td>").Append(N(item.Accepted)).Append("</td><td>").Append(N(item.Rejected)).Append("</td></tr>");
        }

        html.Append("<tr><th scope=\"row\">All items</th><td>").Append(N(summary.Seen)).Append("</td><td>").Append(N(summary.Accepted)).Append("</td><td>").Append(N(summary.Rejected)).Append("</td></tr></tbody></table>")
            .Append("<table><caption>Rejected by rule</caption><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Items rejected</th></tr></thead><tbody>");
        foreach (var (code, count) in summary.RejectedByCode.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            html.Append("<tr><th scope=\"row\">").Append(E(code)).Append("</th><td>").Append(N(count)).Append("</td></tr>");
        }

        if (summary.RejectedByCode.Count == 0)
        {
            html.Append("<tr><td colspan=\"2\">None</td></tr>");
        }

        html.Append("</tbody></table><p>Errors reported: ").Append(N(summary.Errors)).Append("; warnings: ").Append(N(summary.Warnings)).Append(".</p></section></body></html>");
        return html.ToString();
    }

    /// <summary>The measures the report shows as headlines: each KPI's headline and the national indicators, in return order.</summary>
    /// <param name="result">A quarter's return.</param>
    /// <returns>The headline measures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IEnumerable<MeasureResult> Headlines(KpiReturn result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Measures.Where(m => m.Definition.Area is null || m.Id.EndsWith(".headline", StringComparison.Ordinal));
    }

    /// <summary>The eight quarters ending with <paramref name="quarter"/>, oldest first.</summary>
    /// <param name="quarter">The report's quarter.</param>
    /// <returns>The seven quarters before it, then the quarter.</returns>
    public static IReadOnlyList<ReportingQuarter> EightQuarters(ReportingQuarter quarter)
    {
        var list = new List<ReportingQuarter> { quarter };
        for (var i = 1; i < TrendQuarters; i++)
        {
            list.Insert(0, list[0].Previous());
        }

        return list;
    }

    /// <summary>Computes the returns of the eight quarters ending with <paramref name="quarter"/>, oldest first: the trend <see cref="Html"/> takes.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="service">The prepared service.</param>
    /// <param name="quarter">The report's quarter.</param>
    /// <param name="definitions">The definition set of every quarter.</param>
    /// <returns>The eight returns.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<KpiReturn> Trend(KpiEngine engine, PreparedService service, ReportingQuarter quarter, DefinitionSet definitions)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(definitions);
        return EightQuarters(quarter).Select(q => engine.Compute(service, q, definitions)).ToList();
    }

    private static List<string> Published(List<long> parts, DisclosurePolicy? disclosure)
    {
        if (disclosure is null)
        {
            return [.. parts.Select(N)];
        }

        var table = new DisclosureTable();
        var keys = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            keys.Add($"p{i}");
            table.Add($"p{i}", parts[i]);
        }

        table.Add("total", parts.Sum());
        if (keys.Count > 0)
        {
            table.AddRelation("total", [.. keys]);
        }

        var cells = DisclosureControl.Apply(table, disclosure).ToDictionary(c => c.Key);
        return [.. keys.Select(k => cells[k].Display)];
    }

    private static string Count(long count, DisclosurePolicy? disclosure)
        => disclosure is not null && disclosure.IsPrimarySuppressed(count) ? E(disclosure.Marker) : N(count);

    /// <summary>Whether disclosure control hides a value: its numerator, or (for a rate) its denominator, is a small count.</summary>
    private static bool Suppressed(Fraction fraction, MeasureUnit unit, DisclosurePolicy? disclosure)
        => disclosure is not null && (disclosure.IsPrimarySuppressed(fraction.Numerator) || (unit != MeasureUnit.Count && disclosure.IsPrimarySuppressed(fraction.Denominator)));

    private static decimal? Shown(Fraction fraction, MeasureUnit unit, DisclosurePolicy? disclosure)
        => Suppressed(fraction, unit, disclosure) ? null : fraction.ValueIn(unit);

    private static string ValueText(Fraction fraction, MeasureUnit unit, DisclosurePolicy? disclosure)
        => Suppressed(fraction, unit, disclosure) ? E(disclosure!.Marker)
            : fraction.ValueIn(unit) is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";

    private static string Direction(MeasureResult now, MeasureResult? then, DisclosurePolicy? disclosure)
    {
        if (then is null || Shown(then.Fraction, then.Definition.Unit, disclosure) is not { } before || Shown(now.Fraction, now.Definition.Unit, disclosure) is not { } after)
        {
            return "n/a";
        }

        var change = checked(after - before);
        return change switch
        {
            > 0 => $"<span aria-label=\"up\">▲ up {change.ToString("0.0", CultureInfo.InvariantCulture)}</span>",
            < 0 => $"<span aria-label=\"down\">▼ down {(-change).ToString("0.0", CultureInfo.InvariantCulture)}</span>",
            _ => "<span aria-label=\"no change\">= no change</span>",
        };
    }

    private static string TrendSvg(MeasureResult measure, List<(ReportingQuarter Quarter, decimal? Value)> points)
    {
        const int width = 640, height = 220, left = 50, right = 20, top = 20, bottom = 40;
        var max = points.Where(p => p.Value is not null).Select(p => (double)p.Value!.Value).DefaultIfEmpty(0).Max();
        max = max <= 0 ? 1 : max * 1.1;
        var step = (width - left - right) / (double)System.Math.Max(1, points.Count - 1);
        var svg = new StringBuilder();
        var id = Id(measure.Id);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart trend\" role=\"img\" aria-labelledby=\"t-{id} d-{id}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<title id=\"t-").Append(id).Append("\">").Append(E(measure.Definition.Title)).Append(": eight-quarter trend</title><desc id=\"d-").Append(id).Append("\">")
            .Append(E(string.Join("; ", points.Select(p => $"{p.Quarter}: {(p.Value is null ? "no value" : p.Value.Value.ToString("0.0", CultureInfo.InvariantCulture))}")))).Append("</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - right}\" y2=\"{height - bottom}\" stroke=\"#000\"/><line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{height - bottom}\" stroke=\"#000\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{top + 4}\" text-anchor=\"end\" font-size=\"11\">{max:0.#}</text><text x=\"{left - 6}\" y=\"{height - bottom}\" text-anchor=\"end\" font-size=\"11\">0</text>");
        var path = new List<string>();
        for (var i = 0; i < points.Count; i++)
        {
            var x = left + (i * step);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{E(points[i].Quarter.ToString())}</text>");
            if (points[i].Value is { } value)
            {
                var y = height - bottom - ((double)value / max * (height - top - bottom));
                path.Add(string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#}"));
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"marker\" x=\"{x - 4:0.#}\" y=\"{y - 4:0.#}\" width=\"8\" height=\"8\" fill=\"#000\"/>");
            }
        }

        if (path.Count > 1)
        {
            svg.Append("<polyline class=\"series\" fill=\"none\" stroke=\"#333\" stroke-width=\"2\" points=\"").Append(string.Join(' ', path)).Append("\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string SplitSvg(MeasureResult measure, List<(TypeOfOrder Type, Fraction Fraction)> splits, DisclosurePolicy? disclosure)
    {
        const int width = 640, rowHeight = 26, left = 260, right = 60;
        var height = (splits.Count * rowHeight) + 10;
        var values = splits.Select(s => (double?)Shown(s.Fraction, measure.Definition.Unit, disclosure)).ToList();
        var max = values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        max = max <= 0 ? 1 : max;
        var id = Id(measure.Id) + "-split";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart split\" role=\"img\" aria-labelledby=\"t-{id} d-{id}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<defs><pattern id=\"h-").Append(id).Append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#bbb\"/><path d=\"M0,6 L6,0\" stroke=\"#000\" stroke-width=\"1\"/></pattern></defs>")
            .Append("<title id=\"t-").Append(id).Append("\">").Append(E(measure.Definition.Title)).Append(" by type of order</title><desc id=\"d-").Append(id).Append("\">")
            .Append(E(string.Join("; ", splits.Select((s, i) => $"{s.Type.YjbLabel}: {(values[i] is null ? "no value" : values[i]!.Value.ToString("0.0", CultureInfo.InvariantCulture))}")))).Append("</desc>");
        for (var i = 0; i < splits.Count; i++)
        {
            var y = 5 + (i * rowHeight);
            var barWidth = values[i] is null ? 0 : values[i]!.Value / max * (width - left - right);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"11\">{E(splits[i].Type.YjbLabel)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{left}\" y=\"{y + 3}\" width=\"{barWidth:0.#}\" height=\"{rowHeight - 8}\" fill=\"url(#h-{id})\" stroke=\"#000\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{left + barWidth + 4:0.#}\" y=\"{y + 16}\" font-size=\"11\">{(values[i] is null ? "n/a" : values[i]!.Value.ToString("0.0", CultureInfo.InvariantCulture))}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Id(string measureId) => new([.. measureId.Select(c => char.IsLetterOrDigit(c) ? c : '-')]);

    private static string N(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css =
        "body{font-family:Arial,Helvetica,sans-serif;color:#111;max-width:60rem;margin:1rem auto;padding:0 1rem}"
        + "table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #666;padding:.2rem .5rem;text-align:right}th[scope=row]{text-align:left}"
        + "caption{text-align:left;font-weight:bold;padding:.2rem 0}.indent{padding-left:1.5rem}figure{margin:0 0 1.5rem;break-inside:avoid}"
        + "svg.chart{max-width:100%;height:auto;background:#fff}"
        + "@page{size:A4;margin:15mm}@media print{body{max-width:none;margin:0}section{break-before:page}section#headlines{break-before:auto}figure,table{break-inside:avoid}}";
}
