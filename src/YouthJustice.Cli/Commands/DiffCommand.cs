using Spectre.Console.Rendering;
using YouthJustice.Interchange.Explanations;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Cli.Commands;

/// <summary>
/// <c>yj diff</c>: runs two definition sets on the same data and lists every child whose standing on a measure
/// changes, with the definition difference (kpi-rules §2.11) that makes it change; with <c>--profiles</c>, runs the
/// guidance and the YJB pipeline profile instead, naming the divergence (yjaf-case-level §6) that moves each child.
/// </summary>
internal sealed class DiffCommand(CliConsole console, ServiceLoader loader) : Command<DiffCommand.Settings>
{
    /// <summary>
    /// Lets <c>--definitions 2023 2024</c> be written with one option name: the second value is turned into a second
    /// <c>--definitions</c>, which is how the parser reads a list.
    /// </summary>
    public static IReadOnlyList<string> Rewrite(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "diff")
        {
            return args;
        }

        var rewritten = new List<string>(args.Count + 1);
        for (var i = 0; i < args.Count; i++)
        {
            rewritten.Add(args[i]);
            if (args[i] == "--definitions" && i + 2 < args.Count && !args[i + 1].StartsWith('-') && !args[i + 2].StartsWith('-')
                && DefinitionSet.TryFromName(args[i + 2], out _))
            {
                rewritten.Add(args[i + 1]);
                rewritten.Add("--definitions");
                i++;
            }
        }

        return rewritten;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var service = loader.Load(settings);
        if (settings.Profiles)
        {
            return ExecuteProfiles(settings, service);
        }

        var engine = new KpiEngine(settings.EngineOptions);
        var (from, to) = (settings.From, settings.To);
        IReadOnlyList<DefinitionDifference> differences = Work.Run(console, settings.Quiet, $"Comparing definitions {from.Name} and {to.Name}", () => engine.Diff(KpiEngine.Prepare(service.Data), settings.ParsedQuarter, from, to))
            .OrderBy(d => d.ChildId.Value, StringComparer.Ordinal) // by id, not input order: the same data gives the same bytes (IX-R3)
            .ToList();
        switch (settings.Format)
        {
            case "json":
                OutputTarget.WriteStream(console, settings.Out, stream => DefinitionDifferenceWriter.WriteJson(settings.ParsedQuarter, from, to, differences, stream, service.Result.Losses.Count));
                break;
            case "csv":
                OutputTarget.WriteText(console, settings.Out, writer => DefinitionDifferenceWriter.WriteCsv(differences, writer));
                break;
            default:
                OutputTarget.Render(console, settings.Out, Tables(settings, differences));
                break;
        }

        return ExitCode.Ok;
    }

    private int ExecuteProfiles(Settings settings, LoadedService service)
    {
        var engine = new KpiEngine(settings.EngineOptions);
        var (from, to) = (KpiProfile.Guidance, KpiProfile.YjbPipeline);
        IReadOnlyList<ProfileDifference> differences = Work.Run(console, settings.Quiet, $"Comparing profiles {from.Name} and {to.Name}", () => engine.DiffProfiles(KpiEngine.Prepare(service.Data), settings.ParsedQuarter, from, to, settings.ProfileDefinitions))
            .OrderBy(d => d.ChildId.Value, StringComparer.Ordinal) // by id, not input order (IX-R3)
            .ToList();
        switch (settings.Format)
        {
            case "json":
                OutputTarget.WriteStream(console, settings.Out, stream => ProfileDifferenceWriter.WriteJson(settings.ParsedQuarter, settings.ProfileDefinitions, from, to, differences, stream, service.Result.Losses.Count));
                break;
            case "csv":
                OutputTarget.WriteText(console, settings.Out, writer => ProfileDifferenceWriter.WriteCsv(differences, writer));
                break;
            default:
                OutputTarget.Render(console, settings.Out, ProfileTables(settings, from, to, differences));
                break;
        }

        return ExitCode.Ok;
    }

    private static IRenderable[] ProfileTables(Settings settings, KpiProfile from, KpiProfile to, IReadOnlyList<ProfileDifference> differences)
    {
        var heading = new Markup(string.Create(
            CultureInfo.InvariantCulture,
            $"[bold]Profiles {from.Name} → {to.Name}[/] · definitions {settings.ProfileDefinitions.Name} · {Markup.Escape(Format.Quarter(settings.ParsedQuarter))}\n{differences.Select(d => d.ChildId).Distinct().Count()} child(ren) change classification on {differences.Select(d => d.MeasureId).Distinct().Count()} measure(s): {differences.Count} change(s) in all.\n"));
        if (differences.Count == 0)
        {
            return [heading];
        }

        var summary = new Table().Border(TableBorder.Rounded).Title("[bold]Changes by divergence[/]");
        summary.AddColumn(new TableColumn("Moved by").NoWrap());
        summary.AddColumn(new TableColumn("Changes").RightAligned());
        summary.AddColumn("What the pipeline does");
        foreach (var group in differences.GroupBy(ProfileDifferenceWriter.MovedBy).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var description = group.First().MovedBy is { Count: 1 } one ? one[0].Description : string.Empty;
            summary.AddRow(Markup.Escape(group.Key), Format.Count(group.Count()), Markup.Escape(description));
        }

        var detail = new Table().Border(TableBorder.Rounded).Title("[bold]Children whose classification changes[/]").Expand();
        detail.AddColumn(new TableColumn("Child").NoWrap());
        detail.AddColumn(new TableColumn("Measure").NoWrap());
        detail.AddColumn(new TableColumn(from.Name).NoWrap());
        detail.AddColumn(new TableColumn(to.Name).NoWrap());
        detail.AddColumn("Moved by");
        detail.AddColumn("Why");
        foreach (var difference in differences)
        {
            var why = $"{from.Name}: {string.Join(" ", difference.ReasonsFrom)}\n{to.Name}: {string.Join(" ", difference.ReasonsTo)}";
            detail.AddRow(
                Markup.Escape(difference.ChildId.Value),
                Markup.Escape(difference.MeasureId),
                StatusText.Markup(difference.From),
                StatusText.Markup(difference.To),
                Markup.Escape(ProfileDifferenceWriter.MovedBy(difference)),
                Markup.Escape(why));
        }

        return [heading, summary, detail];
    }

    private static IRenderable[] Tables(Settings settings, IReadOnlyList<DefinitionDifference> differences)
    {
        var heading = new Markup(string.Create(
            CultureInfo.InvariantCulture,
            $"[bold]Definitions {settings.From.Name} → {settings.To.Name}[/] · {Markup.Escape(Format.Quarter(settings.ParsedQuarter))}\n{differences.Select(d => d.ChildId).Distinct().Count()} child(ren) change classification on {differences.Select(d => d.MeasureId).Distinct().Count()} measure(s): {differences.Count} change(s) in all.\n"));
        if (differences.Count == 0)
        {
            return [heading];
        }

        var summary = new Table().Border(TableBorder.Rounded).Title("[bold]Changes by measure[/]");
        summary.AddColumn(new TableColumn("Measure").NoWrap());
        summary.AddColumn(new TableColumn("Children").RightAligned());
        summary.AddColumn("Rule");
        foreach (var group in differences.GroupBy(d => d.MeasureId))
        {
            summary.AddRow(Markup.Escape(group.Key), Format.Count(group.Count()), Markup.Escape(group.First().Rule));
        }

        var detail = new Table().Border(TableBorder.Rounded).Title("[bold]Children whose classification changes[/]").Expand();
        detail.AddColumn(new TableColumn("Child").NoWrap());
        detail.AddColumn(new TableColumn("Measure").NoWrap());
        detail.AddColumn(new TableColumn(settings.From.Name).NoWrap());
        detail.AddColumn(new TableColumn(settings.To.Name).NoWrap());
        detail.AddColumn("Why");
        foreach (var difference in differences)
        {
            var why = $"{settings.From.Name}: {string.Join(" ", difference.ReasonsFrom)}\n{settings.To.Name}: {string.Join(" ", difference.ReasonsTo)}";
            detail.AddRow(
                Markup.Escape(difference.ChildId.Value),
                Markup.Escape(difference.MeasureId),
                StatusText.Markup(difference.From),
                StatusText.Markup(difference.To),
                Markup.Escape(why));
        }

        return [heading, summary, detail];
    }

    internal sealed class Settings : QuarterOnlySettings
    {
        [CommandOption("--definitions <SET>")]
        [Description("The two definition sets to compare, first then second: --definitions 2023 2024 (the default).")]
        public string[] Definitions { get; set; } = [];

        [CommandOption("--profiles")]
        [Description("Compare the guidance and the yjb-pipeline profile instead of two definition sets, naming the divergence that moves each child; --definitions then gives the one set both run under (default 2024).")]
        public bool Profiles { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description("table (the default), json or csv.")]
        [DefaultValue("table")]
        public string Format { get; set; } = "table";

        [CommandOption("-o|--out <FILE>")]
        [Description("Write to this file instead of standard output.")]
        public string? Out { get; set; }

        public override string? OutPath => Out;

        public DefinitionSet From { get; private set; } = DefinitionSet.Definitions2023;

        public DefinitionSet To { get; private set; } = DefinitionSet.Definitions2024;

        /// <summary>With <c>--profiles</c>: the one definition set both profiles run under.</summary>
        public DefinitionSet ProfileDefinitions { get; private set; } = DefinitionSet.Default;

        public override ValidationResult Validate()
        {
            if (Profiles)
            {
                return ValidateProfiles();
            }

            if (Definitions.Length == 2 && Input is { Length: 4 } extra && extra.All(char.IsAsciiDigit) && !File.Exists(extra) && !Directory.Exists(extra))
            {
                // "--definitions 2023 2024 2025": the third set is read as the input; say so, not "not both an input and --sample".
                return ValidationResult.Error($"--definitions: give exactly two definition sets to compare, for example --definitions 2023 2024; '{extra}' after them is one too many.");
            }

            if (Definitions.Length is not (0 or 2))
            {
                return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--definitions: give two definition sets to compare, for example --definitions 2023 2024; {Definitions.Length} given."));
            }

            if (Definitions.Length == 2)
            {
                var sets = new DefinitionSet[2];
                for (var i = 0; i < 2; i++)
                {
                    var parsed = Options.Definitions(Definitions[i]);
                    if (parsed.TryPickT1(out var error, out var set))
                    {
                        return ValidationResult.Error(error);
                    }

                    sets[i] = set;
                }

                (From, To) = (sets[0], sets[1]);
            }

            return Format is "table" or "json" or "csv"
                ? base.Validate()
                : ValidationResult.Error($"--format: '{Format}' is not a format of yj diff; expected one of: table, json, csv.");
        }

        private ValidationResult ValidateProfiles()
        {
            if (Profile is not null)
            {
                return ValidationResult.Error("--profiles compares the guidance and the yjb-pipeline profile; leave out --profile.");
            }

            if (Definitions.Length > 1)
            {
                return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--definitions: with --profiles give one definition set for both profiles, for example --definitions 2024; {Definitions.Length} given."));
            }

            if (Definitions.Length == 1)
            {
                var parsed = Options.Definitions(Definitions[0]);
                if (parsed.TryPickT1(out var error, out var set))
                {
                    return ValidationResult.Error(error);
                }

                ProfileDefinitions = set;
            }

            return Format is "table" or "json" or "csv"
                ? base.Validate()
                : ValidationResult.Error($"--format: '{Format}' is not a format of yj diff; expected one of: table, json, csv.");
        }
    }
}
