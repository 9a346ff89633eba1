using YouthJustice.Kpi;
using YouthJustice.Kpi.Disclosure;
using YouthJustice.Reporting;

namespace YouthJustice.Cli.Commands;

/// <summary><c>yj report</c>: the quarter's board report as one self-contained HTML file, built by <see cref="BoardReport"/> (YouthJustice.Reporting).</summary>
internal sealed class ReportCommand(CliConsole console, ServiceLoader loader) : Command<ReportCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var service = loader.Load(settings);
        var engine = new KpiEngine(settings.EngineOptions);
        var prepared = KpiEngine.Prepare(service.Data);
        var trend = Work.Run(console, settings.Quiet, $"Computing the eight quarters to {settings.ParsedQuarter}", () => BoardReport.Trend(engine, prepared, settings.ParsedQuarter, settings.ParsedDefinitions));
        var html = BoardReport.Html(service.Data.Name, trend, service.Summary, settings.NoDisclosureControl ? null : DisclosurePolicy.Default);
        OutputTarget.WriteText(console, settings.Out, writer => writer.Write(html));
        return ExitCode.Ok;
    }

    internal sealed class Settings : QuarterSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Write the HTML to this file instead of standard output.")]
        public string? Out { get; set; }

        public override string? OutPath => Out;

        [CommandOption("--no-disclosure-control")]
        [Description("Show every count exactly (internal use only). By default counts below 5 are suppressed, with secondary suppression (kpi-rules §12).")]
        public bool NoDisclosureControl { get; set; }
    }
}
