using System.ComponentModel;
using System.Threading;
using Spectre.Console.Cli;
using YouthJustice.Cli.Infrastructure;
using YouthJustice.Cli.Input;
using YouthJustice.Cli.Output;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Disclosure;
using YouthJustice.Reporting;

namespace YouthJustice.Cli.Commands;

/// <summary><c>yj report</c>: the quarter's board report as one self-contained HTML file, built by <see cref="BoardReport"/> (YouthJustice.Reporting).</summary>
internal sealed class ReportCommand : Command<ReportCommand.Settings>
{
    private readonly CliConsole _console;
    private readonly ServiceLoader _loader;

    public ReportCommand(CliConsole console, ServiceLoader loader)
    {
        _console = console;
        _loader = loader;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var service = _loader.Load(settings);
        var engine = new KpiEngine();
        var prepared = KpiEngine.Prepare(service.Data);
        var trend = Work.Run(_console, settings.Quiet, $"Computing the eight quarters to {settings.ParsedQuarter}", () => BoardReport.Trend(engine, prepared, settings.ParsedQuarter, settings.ParsedDefinitions));
        var html = BoardReport.Html(service.Data.Name, trend, service.Summary, settings.NoDisclosureControl ? null : DisclosurePolicy.Default);
        OutputTarget.WriteText(_console, settings.Out, writer => writer.Write(html));
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
