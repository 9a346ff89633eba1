using System.ComponentModel;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;
using YouthJustice.Cli.Infrastructure;
using YouthJustice.Cli.Input;
using YouthJustice.Cli.Output;
using YouthJustice.Interchange.Returns;
using YouthJustice.Kpi;

namespace YouthJustice.Cli.Commands;

/// <summary><c>yj kpi</c>: the whole quarterly KPI return of a service.</summary>
internal sealed class KpiCommand : Command<KpiCommand.Settings>
{
    private readonly CliConsole _console;
    private readonly ServiceLoader _loader;

    public KpiCommand(CliConsole console, ServiceLoader loader)
    {
        _console = console;
        _loader = loader;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var service = _loader.Load(settings);
        var engine = new KpiEngine();
        var prepared = KpiEngine.Prepare(service.Data);
        var result = Work.Run(_console, settings.Quiet, $"Computing {settings.ParsedQuarter}", () => engine.Compute(prepared, settings.ParsedQuarter, settings.ParsedDefinitions));
        switch (settings.Format)
        {
            case "json":
                var children = settings.Children ? engine.Outcomes(prepared, settings.ParsedQuarter, settings.ParsedDefinitions) : null;
                OutputTarget.WriteStream(_console, settings.Out, stream => KpiReturnJsonWriter.WriteWithInputLosses(result, stream, children, service.Result.Losses, indented: true));
                break;
            case "csv":
                OutputTarget.WriteText(_console, settings.Out, writer => ReturnCsv.Write(result, writer));
                break;
            default:
                OutputTarget.Render(_console, settings.Out, ReturnTable.Render(result, service.Data.Name, settings.Headlines, settings.Splits, settings.Out is null ? _console.Out.Profile.Width : OutputTarget.FileWidth));
                break;
        }

        return ExitCode.Ok;
    }

    internal sealed class Settings : QuarterSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("table (for people, the default), json (a youthjustice-kpi-return/1 document) or csv (one row per measure and split).")]
        [DefaultValue("table")]
        public string Format { get; set; } = "table";

        [CommandOption("-o|--out <FILE>")]
        [Description("Write to this file instead of standard output.")]
        public string? Out { get; set; }

        public override string? OutPath => Out;

        [CommandOption("--children")]
        [Description("json format: add the per-child list (each cohort child's type of order and status on every cohort measure) that yj validate compares child by child.")]
        public bool Children { get; set; }

        [CommandOption("--headlines")]
        [Description("table format: show the ten KPI headlines and the national indicators only.")]
        public bool Headlines { get; set; }

        [CommandOption("--splits")]
        [Description("table format: show the split by type of order under every measure, not only under the headlines.")]
        public bool Splits { get; set; }

        public override ValidationResult Validate()
            => Format is "table" or "json" or "csv"
                ? base.Validate()
                : ValidationResult.Error($"--format: '{Format}' is not a format of yj kpi; expected one of: table, json, csv.");
    }
}
