using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Batch;
using YouthJustice.Interchange.Returns;
using YouthJustice.Kpi;

namespace YouthJustice.Cli.Commands;

/// <summary><c>yj kpi</c>: the whole quarterly KPI return of a service.</summary>
internal sealed class KpiCommand(CliConsole console, ServiceLoader loader) : Command<KpiCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.IsNationalJob)
        {
            return NationalKpiRun.Run(console, settings);
        }

        var service = loader.LoadPrepared(settings);
        var engine = new KpiEngine(settings.EngineOptions);
        var prepared = service.Prepared;
        var result = Work.Run(console, settings.Quiet, $"Computing {settings.ParsedQuarter}", () => engine.Compute(prepared, settings.ParsedQuarter, settings.ParsedDefinitions));
        switch (settings.Format)
        {
            case "json":
                var children = settings.Children ? engine.Outcomes(prepared, settings.ParsedQuarter, settings.ParsedDefinitions) : null;
                OutputTarget.WriteStream(console, settings.Out, stream => KpiReturnJsonWriter.WriteWithInputLosses(result, stream, children, service.Result.Losses, indented: true));
                break;
            case "csv":
                OutputTarget.WriteText(console, settings.Out, writer => KpiReturnCsvWriter.Write(result, writer));
                break;
            default:
                OutputTarget.Render(console, settings.Out, ReturnTable.Render(result, prepared.Name, settings.Headlines, settings.Splits, settings.Out is null ? console.Out.Profile.Width : OutputTarget.FileWidth));
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

        [CommandOption("--from <QUARTER>")]
        [Description("The national job: the first quarter of a range (with --to) to compute for every service of the input folder (one JSON file or CSV table set per service, as yj sample --services writes them).")]
        public string? From { get; set; }

        [CommandOption("--to <QUARTER>")]
        [Description("The national job: the last quarter of the range (with --from).")]
        public string? To { get; set; }

        [CommandOption("--parallel <N>")]
        [Description("The national job: how many services to work on at once (default -1: one per core; 1: one after another). The returns are the same whatever it is.")]
        [DefaultValue(-1)]
        public int Parallel { get; set; } = -1;

        /// <summary>The longest range of quarters the national job takes at once (20 years, as yj sample).</summary>
        public const int MaxQuarters = 80;

        public ReportingQuarter ParsedFrom { get; private set; }

        public ReportingQuarter ParsedTo { get; private set; }

        /// <summary>Whether this is the national job: a range of quarters, or a folder of services rather than one service.</summary>
        /// <remarks>A folder without children.csv is a folder of services only when it holds one (a JSON file or a table
        /// set); otherwise it is read as one table set, whose missing children.csv is then reported.</remarks>
        public bool IsNationalJob => From is not null || To is not null || IsFolderOfServices(Input);

        private static bool IsFolderOfServices(string? path)
            => path is not null && Directory.Exists(path) && !File.Exists(Path.Combine(path, "children.csv"))
               && ServiceInput.InFolder(path, out _).Count > 0;

        /// <summary>The quarters to compute: the range, or the one quarter.</summary>
        public IReadOnlyList<ReportingQuarter> Quarters() => From is not null ? NationalKpiRun.Range(ParsedFrom, ParsedTo) : [ParsedQuarter];

        public override ValidationResult Validate()
        {
            if (Format is not ("table" or "json" or "csv"))
            {
                return ValidationResult.Error($"--format: '{Format}' is not a format of yj kpi; expected one of: table, json, csv.");
            }

            if (From is not null || To is not null)
            {
                if (From is null || To is null)
                {
                    return ValidationResult.Error("Give both --from and --to (for example --from 2023Q2 --to 2024Q4), or --quarter for one quarter.");
                }

                if (Quarter is not null)
                {
                    return ValidationResult.Error("Give either --quarter or --from and --to, not both.");
                }

                var from = Options.Quarter(From);
                if (from.TryPickT1(out var fromError, out var parsedFrom))
                {
                    return ValidationResult.Error(fromError.Replace("--quarter", "--from", StringComparison.Ordinal));
                }

                var to = Options.Quarter(To);
                if (to.TryPickT1(out var toError, out var parsedTo))
                {
                    return ValidationResult.Error(toError.Replace("--quarter", "--to", StringComparison.Ordinal));
                }

                if (parsedTo.CompareTo(parsedFrom) < 0)
                {
                    return ValidationResult.Error($"--to {parsedTo} is before --from {parsedFrom}.");
                }

                if (parsedTo.Ordinal - parsedFrom.Ordinal >= MaxQuarters)
                {
                    return ValidationResult.Error($"--from {parsedFrom} --to {parsedTo} is more than {MaxQuarters} quarters; run the range in parts.");
                }

                ParsedFrom = parsedFrom;
                ParsedTo = parsedTo;
                Quarter = From;
            }

            if (Parallel is 0 or < -1)
            {
                return ValidationResult.Error($"--parallel: {Parallel} is not a number of services at once; give 1 or more, or -1 for one per core.");
            }

            if (IsNationalJob)
            {
                if (Sample)
                {
                    return ValidationResult.Error("--from and --to work on a folder of services, not on --sample; write one with yj sample --services 3 --out samples/.");
                }

                if (Format == "table")
                {
                    return ValidationResult.Error("The national job (a folder of services, or --from/--to) writes --format json (one document per service and quarter into the --out folder) or --format csv (one table with service and quarter columns).");
                }

                if (Format == "json" && string.IsNullOrWhiteSpace(Out))
                {
                    return ValidationResult.Error("--format json with a folder of services or --from/--to writes one document per service and quarter: give the folder to write them into with --out.");
                }

                if (Format == "json" && File.Exists(Out))
                {
                    return ValidationResult.Error($"--out '{Out}' is a file: --format json writes one document per service and quarter into a folder; give a folder.");
                }

                if (Children)
                {
                    return ValidationResult.Error("--children is for one service's return; the national job does not write the per-child lists.");
                }
            }

            return base.Validate();
        }
    }
}
