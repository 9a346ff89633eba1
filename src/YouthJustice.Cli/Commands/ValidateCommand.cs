using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Returns;
using YouthJustice.Interchange.Validation;
using YouthJustice.Kpi;

namespace YouthJustice.Cli.Commands;

/// <summary>
/// <c>yj validate</c>: compares another system's KPI return with the one computed from the same case-level data,
/// measure by measure, split by split and — when the return carries its per-child list — child by child; every
/// discrepancy comes with the children and the rule that explain it. Exit code 1 on any discrepancy.
/// </summary>
internal sealed class ValidateCommand(CliConsole console, ServiceLoader loader) : Command<ValidateCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var theirs = ReadReturn(settings);
        var service = loader.Load(settings);
        var engine = new KpiEngine(EngineOptions(settings, theirs));
        var report = Work.Run(console, settings.Quiet, $"Comparing with {Path.GetFileName(settings.Return)}", () =>
        {
            var prepared = KpiEngine.Prepare(service.Data);
            return ReturnValidator.Validate(engine, prepared, theirs);
        });
        if (service.Result.Losses.Count > 0)
        {
            // Figures from part of the data: the report says so, in every format (decision IX-R2).
            report = report with
            {
                Notes = [.. report.Notes, string.Create(CultureInfo.InvariantCulture, $"Our return is computed from part of '{service.Source}': {service.Summary.Rejected} item(s) rejected and {service.Result.Losses.Count} issue(s) that lost data in reading; run 'yj check' for them.")],
            };
        }

        var name = settings.Return!;
        switch (settings.Format)
        {
            case "json":
                OutputTarget.WriteStream(console, settings.Out, stream => ValidationReportWriter.WriteJson(report, name, stream));
                break;
            case "markdown":
                OutputTarget.WriteText(console, settings.Out, writer => ValidationReportWriter.WriteMarkdown(report, name, writer));
                break;
            default:
                OutputTarget.Render(console, settings.Out, ValidationOutput.Tables(report, name));
                break;
        }

        return report.Agrees ? ExitCode.Ok : ExitCode.Findings;
    }

    /// <summary>
    /// The profile to compute ours with: --profile when given, else the profile the return says it followed (its
    /// optional <c>profile</c>), else the guidance.
    /// </summary>
    private static KpiOptions EngineOptions(Settings settings, KpiReturnDocument theirs)
    {
        if (settings.Profile is not null || theirs.Profile is null)
        {
            return settings.EngineOptions;
        }

        var parsed = Options.Profile(theirs.Profile);
        if (parsed.TryPickT1(out var error, out var profile))
        {
            throw new CliFailure(ExitCode.InputInvalid, $"The return '{settings.Return}' says it followed a profile yj cannot follow: {error.Replace("--profile: ", string.Empty, StringComparison.Ordinal)} Give --profile to compare under one.");
        }

        return new KpiOptions { Profile = profile };
    }

    private KpiReturnDocument ReadReturn(Settings settings)
    {
        var path = settings.Return!;
        if (Directory.Exists(path))
        {
            throw new CliFailure(ExitCode.InputInvalid, $"The return '{path}' is a folder: give a youthjustice-kpi-return/1 JSON document (a file).");
        }

        if (!File.Exists(path))
        {
            throw new CliFailure(ExitCode.InputInvalid, $"The return '{path}' does not exist: give a youthjustice-kpi-return/1 JSON document.");
        }

        var read = KpiReturnJsonReader.ReadFile(path);
        var errors = read.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        if (read.Value is null || read.IsFatal)
        {
            var shown = errors.Count > 0 ? errors : read.Issues.ToList();
            throw new CliFailure(ExitCode.InputInvalid, $"The return '{path}' could not be read:" + Environment.NewLine + string.Join(Environment.NewLine, shown.Take(20).Select(i => "  " + ServiceLoader.Shorten(i.Message))));
        }

        if (read.Losses.Count > 0 && settings.Strict)
        {
            throw new CliFailure(ExitCode.InputInvalid, string.Create(CultureInfo.InvariantCulture, $"The return '{path}' lost data ({read.Losses.Count} issue(s)) and --strict was given; the first: {ServiceLoader.Shorten(read.Losses[0].Message)}"));
        }

        foreach (var issue in read.Issues)
        {
            // A loss is reported even under --quiet (decision IX-R2); other warnings are notes.
            var loss = IssueCodes.LosesData(issue);
            if (loss || !settings.Quiet)
            {
                var prefix = loss ? "[yellow]warning:[/] left out of the return: " : string.Empty;
                console.Error.MarkupLine(prefix + Markup.Escape(ServiceLoader.Shorten(issue.Message)));
            }
        }

        return read.Value;
    }

    internal sealed class Settings : EngineSettings
    {
        [CommandOption("-r|--return <FILE>")]
        [Description("The other system's return: a youthjustice-kpi-return/1 JSON document. Its quarter and definitions are used.")]
        public string? Return { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description("table (the default), json or markdown.")]
        [DefaultValue("table")]
        public string Format { get; set; } = "table";

        [CommandOption("-o|--out <FILE>")]
        [Description("Write the report to this file instead of standard output.")]
        public string? Out { get; set; }

        public override string? OutPath => Out;

        protected override IEnumerable<(string? Path, string What)> InputsRead() => [(Input, "the input"), (Return, "the return to validate")];

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Return))
            {
                return ValidationResult.Error("Give the return to validate with --return, for example --return their-return.json.");
            }

            return Format is "table" or "json" or "markdown"
                ? base.Validate()
                : ValidationResult.Error($"--format: '{Format}' is not a format of yj validate; expected one of: table, json, markdown.");
        }
    }
}
