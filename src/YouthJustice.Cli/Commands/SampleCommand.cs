using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Json;
using YouthJustice.Interchange.Yjaf;
using YouthJustice.Sampling;

namespace YouthJustice.Cli.Commands;

/// <summary>
/// <c>yj sample</c>: writes synthetic services (invented children, realistic mix) as case-level JSON or CSV, to try
/// the tool, test a system or measure speed. The same options always write the same data.
/// </summary>
internal sealed class SampleCommand(CliConsole console) : Command<SampleCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var targets = Targets(settings);
        foreach (var (options, path) in targets)
        {
            var data = Work.Run(console, settings.Quiet, string.Create(CultureInfo.InvariantCulture, $"Generating {options.ServiceCode} ({options.Children:N0} children)"), () => SampleGenerator.Generate(options));
            Work.Run(console, settings.Quiet, $"Writing {path}", () => Write(data, path, settings.Format));
            if (!settings.Quiet)
            {
                console.Error.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {Markup.Escape(options.ServiceCode)}: {data.Children.Count:N0} children, orders ending {options.FirstQuarter} to {ReportingQuarter.FromOrdinal(options.FirstQuarter.Ordinal + options.Quarters - 1)}, seed {options.Seed}, to {Markup.Escape(path)}"));
            }
        }

        return ExitCode.Ok;
    }

    private static List<(SampleOptions Options, string Path)> Targets(Settings settings)
    {
        var list = new List<(SampleOptions, string)>();
        for (var i = 1; i <= settings.Services; i++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"YJS{i:00}");
            var name = settings.Services == 1 ? SampleOptions.Default.ServiceName : string.Create(CultureInfo.InvariantCulture, $"Example Youth Justice Service {i}");
            var seed = unchecked(settings.Seed + i - 1);
            var options = new SampleOptions(settings.Children, seed, settings.ParsedFrom, settings.Quarters, code, name);
            var path = settings.Services == 1
                ? settings.Out!
                : Path.Combine(settings.Out!, settings.Format switch { "csv" => code, "yjaf-ndjson" => code + ".ndjson", _ => code + ".json" });
            list.Add((options, path));
        }

        return list;
    }

    private static bool Write(ServiceData data, string path, string format)
    {
        try
        {
            if (format == "csv")
            {
                Directory.CreateDirectory(path);
                CaseLevelCsvWriter.WriteFolder(data, path);
            }
            else
            {
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
                switch (format)
                {
                    case "yjaf":
                        YjafWriter.Write(data, stream);
                        break;
                    case "yjaf-ndjson":
                        YjafWriter.WriteNdjson(data, stream);
                        break;
                    default:
                        CaseLevelJsonWriter.Write(data, stream);
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliFailure(ExitCode.OutputFailed, $"The output '{path}' could not be written: {exception.Message}");
        }

        return true;
    }

    internal sealed class Settings : CliSettings
    {
        [CommandOption("--children <N>")]
        [Description("How many children per service (0 to 10,000,000; default 600).")]
        [DefaultValue(600)]
        public int Children { get; set; } = 600;

        [CommandOption("--services <S>")]
        [Description("How many services (default 1). With more than one, --out is a folder and each service is written into it as YJS01.json (or YJS01/ for CSV) ...")]
        [DefaultValue(1)]
        public int Services { get; set; } = 1;

        [CommandOption("--quarters <Q>")]
        [Description("Over how many quarters orders end (1 to 80; default 8).")]
        [DefaultValue(8)]
        public int Quarters { get; set; } = 8;

        [CommandOption("--from <QUARTER>")]
        [Description("The first quarter in which orders end (default 2023Q1).")]
        [DefaultValue("2023Q1")]
        public string From { get; set; } = "2023Q1";

        [CommandOption("--seed <X>")]
        [Description("The random seed (default 20240401, the built-in sample's): the same seed writes the same data.")]
        [DefaultValue(20_240_401)]
        public int Seed { get; set; } = 20_240_401;

        [CommandOption("-o|--out <PATH>")]
        [Description("Where to write: a .json file, or a folder for CSV (or for several services).")]
        public string? Out { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description("json (youthjustice-caselevel/1, the default), csv (a folder of tables), yjaf (the YJB's case-level shape: a document of child documents) or yjaf-ndjson (one YJAF child document per line).")]
        [DefaultValue("json")]
        public string Format { get; set; } = "json";

        private static readonly ReportingQuarter FirstSampleQuarter = new(2005, 1);

        private static readonly ReportingQuarter LastSampleQuarter = new(9989, 4);

        public ReportingQuarter ParsedFrom { get; private set; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Out))
            {
                return ValidationResult.Error("Give where to write with --out, for example --out sample.json.");
            }

            if (Children is < 0 or > 10_000_000)
            {
                return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--children: {Children} is outside 0 to 10,000,000."));
            }

            if (Services is < 1 or > 999)
            {
                return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--services: {Services} is outside 1 to 999."));
            }

            if (Quarters is < 1 or > 80)
            {
                return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--quarters: {Quarters} is outside 1 to 80."));
            }

            var from = ReportingQuarter.Parse(From);
            if (from.TryPickT1(out var error, out var quarter))
            {
                return ValidationResult.Error("--from: " + error.Message);
            }

            // The generator places births up to ~25 years before and events up to ~10 years after the window;
            // the window is kept where every generated date is one the domain and the engine handle.
            if (quarter.CompareTo(FirstSampleQuarter) < 0 || checked(quarter.Ordinal + Quarters - 1) > LastSampleQuarter.Ordinal)
            {
                return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--from {quarter} with --quarters {Quarters}: orders must end within {FirstSampleQuarter} to {LastSampleQuarter}, the window yj sample supports; give another --from or fewer --quarters."));
            }

            ParsedFrom = quarter;
            return Format is "json" or "csv" or "yjaf" or "yjaf-ndjson"
                ? base.Validate()
                : ValidationResult.Error($"--format: '{Format}' is not a format of yj sample; expected one of: json, csv, yjaf, yjaf-ndjson.");
        }
    }
}
