using Spectre.Console.Rendering;
using YouthJustice.Domain.Children;
using YouthJustice.Interchange.Explanations;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Cli.Commands;

/// <summary><c>yj explain</c>: one child's part in a quarter's return: the cohort decision and every measure, and why.</summary>
internal sealed class ExplainCommand(CliConsole console, ServiceLoader loader) : Command<ExplainCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var service = loader.Load(settings);
        var engine = new KpiEngine(settings.EngineOptions);
        var prepared = Work.Run(console, settings.Quiet, "Preparing the service", () => KpiEngine.Prepare(service.Data));
        var explained = engine.Explain(prepared, settings.ParsedChild, settings.ParsedQuarter, settings.ParsedDefinitions);
        if (explained.TryPickT1(out var unknown, out var explanation))
        {
            var hint = ChildHint(service, settings.ParsedChild.Value);
            throw new CliFailure(ExitCode.NotFound, unknown.Message + " " + hint);
        }

        if (settings.Format == "json")
        {
            OutputTarget.WriteStream(console, settings.Out, stream => ChildExplanationJsonWriter.Write(explanation, stream));
        }
        else
        {
            OutputTarget.Render(console, settings.Out, Table(explanation, settings.All));
        }

        return ExitCode.Ok;
    }

    /// <summary>
    /// Helps with a mistyped id: the id that is the same apart from leading zeros in its number (<c>C001</c> →
    /// <c>C00001</c>), or else how many children there are and the first few ids.
    /// </summary>
    internal static string ChildHint(LoadedService service, string asked)
    {
        var key = Normalise(asked);
        var match = service.Data.Children.Select(c => c.Id.Value).FirstOrDefault(id => string.Equals(Normalise(id), key, System.StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return $"Did you mean '{match}'?";
        }

        var first = service.Data.Children.Take(3).Select(c => c.Id.Value).ToList();
        return first.Count == 0
            ? $"The input '{service.Source}' has no children."
            : string.Create(CultureInfo.InvariantCulture, $"The input '{service.Source}' has {service.Data.Children.Count} children ({string.Join(", ", first)} ...).");
    }

    private static string Normalise(string id)
    {
        var digits = 0;
        while (digits < id.Length && char.IsAsciiDigit(id[id.Length - 1 - digits]))
        {
            digits++;
        }

        var number = id[(id.Length - digits)..].TrimStart('0');
        return id[..(id.Length - digits)] + number;
    }

    private static IRenderable[] Table(ChildExplanation explanation, bool all)
    {
        var heading = new Markup(
            $"[bold]Child {Markup.Escape(explanation.ChildId.Value)}[/] · {Markup.Escape(Format.Quarter(explanation.Quarter))} · definitions {explanation.Definitions.Name}{(explanation.Profile.IsGuidance ? string.Empty : " · profile " + Markup.Escape(explanation.Profile.Name))}\n{Markup.Escape(ExplanationText.Summary(explanation))}\n");
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("Measure").NoWrap());
        table.AddColumn(new TableColumn("Status").NoWrap());
        table.AddColumn("Why");
        var hidden = 0;
        foreach (var measure in explanation.Measures)
        {
            if (!all && measure.Status == ChildMeasureStatus.NotInDenominator)
            {
                hidden++;
                continue;
            }

            table.AddRow(Markup.Escape(measure.MeasureId), StatusText.Markup(measure.Status), Markup.Escape(string.Join("\n", measure.Reasons)));
        }

        var items = new List<IRenderable> { heading };
        if (table.Rows.Count > 0)
        {
            items.Add(table);
        }

        if (hidden > 0)
        {
            items.Add(new Markup(string.Create(CultureInfo.InvariantCulture, $"[grey]The child is not in the denominator of {hidden} other measure(s); add --all to list them with the reason.[/]\n")));
        }

        return [.. items];
    }

    internal sealed class Settings : QuarterSettings
    {
        [CommandOption("--child <ID>")]
        [Description("The child's id as in the input (C001).")]
        public string? Child { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description("table (the default) or json.")]
        [DefaultValue("table")]
        public string Format { get; set; } = "table";

        [CommandOption("--all")]
        [Description("table format: also list the measures whose denominator the child is not in.")]
        public bool All { get; set; }

        [CommandOption("-o|--out <FILE>")]
        [Description("Write to this file instead of standard output.")]
        public string? Out { get; set; }

        public override string? OutPath => Out;

        public ChildId ParsedChild { get; private set; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Child))
            {
                return ValidationResult.Error("Give the child with --child, for example --child C001.");
            }

            var child = ChildId.Parse(Child.Trim());
            if (child.TryPickT1(out var error, out var id))
            {
                return ValidationResult.Error("--child: " + error.Message);
            }

            ParsedChild = id;
            return Format is "table" or "json"
                ? base.Validate()
                : ValidationResult.Error($"--format: '{Format}' is not a format of yj explain; expected one of: table, json.");
        }
    }
}
