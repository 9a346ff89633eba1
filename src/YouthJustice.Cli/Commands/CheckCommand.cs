using Spectre.Console.Rendering;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Quality;

namespace YouthJustice.Cli.Commands;

/// <summary>
/// <c>yj check</c>: the data-quality report of an input, and nothing else: what was read, the issues counted by rule,
/// and the issues of each child. Exit code 1 when any issue is an error, 3 when the input could not be read at all.
/// </summary>
internal sealed class CheckCommand(CliConsole console, ServiceLoader loader) : Command<CheckCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loaded = loader.Read(settings);
        var fatal = loaded.Result.IsFatal;
        if (settings.Format == "json")
        {
            OutputTarget.WriteStream(console, settings.Out, stream => CheckReportJsonWriter.Write(loaded.Result, loaded.Source, stream));
        }
        else
        {
            OutputTarget.Render(console, settings.Out, Tables(loaded, fatal, settings.Limit));
        }

        if (fatal || (settings.Strict && loaded.Result.Losses.Count > 0))
        {
            // With --strict every loss, warnings that drop data included, is exit 3, as in every command (IX-R2).
            return ExitCode.InputInvalid;
        }

        return loaded.Issues.Any(i => i.Severity == IssueSeverity.Error) ? ExitCode.Findings : ExitCode.Ok;
    }

    private static IEnumerable<(string Code, IssueSeverity Severity, int Count)> ByRule(LoadedService loaded)
        => loaded.Issues.GroupBy(i => (i.Code, i.Severity)).OrderBy(g => g.Key.Severity).ThenBy(g => g.Key.Code, System.StringComparer.Ordinal)
            .Select(g => (g.Key.Code, g.Key.Severity, g.Count()));

    private static IRenderable[] Tables(LoadedService loaded, bool fatal, int limit)
    {
        var errors = loaded.Issues.Count(i => i.Severity == IssueSeverity.Error);
        var warnings = loaded.Issues.Count - errors;
        var verdict = fatal
            ? "[red]The input could not be read: nothing (or only part) of it was used.[/]"
            : errors > 0
                ? string.Create(CultureInfo.InvariantCulture, $"[red]{errors} error(s)[/], [yellow]{warnings} warning(s)[/]: the rejected items are left out of every figure.")
                : warnings > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"[green]No errors[/], [yellow]{warnings} warning(s)[/]: the items were kept; check them.")
                    : "[green]No issues.[/]";
        var items = new List<IRenderable>
        {
            new Markup($"[bold]Data-quality report[/] for {Markup.Escape(loaded.Source)}\n{verdict}\n"),
        };

        var read = new Table().Border(TableBorder.Rounded).Title("[bold]What was read[/]");
        read.AddColumn("Item");
        read.AddColumn(new TableColumn("Read").RightAligned());
        read.AddColumn(new TableColumn("Accepted").RightAligned());
        read.AddColumn(new TableColumn("Rejected").RightAligned());
        foreach (var count in loaded.Summary.Items.Where(i => i.Seen > 0))
        {
            read.AddRow(Markup.Escape(count.Kind.JsonName), Format.Count(count.Seen), Format.Count(count.Accepted), count.Rejected > 0 ? $"[red]{Format.Count(count.Rejected)}[/]" : "0");
        }

        if (loaded.Summary.Seen == 0 && loaded.Data.Children.Count > 0)
        {
            read.AddRow("children (generated)", Format.Count(loaded.Data.Children.Count), Format.Count(loaded.Data.Children.Count), "0");
        }

        items.Add(read);
        if (loaded.Issues.Count == 0)
        {
            return [.. items];
        }

        var rules = new Table().Border(TableBorder.Rounded).Title("[bold]Issues by rule[/]");
        rules.AddColumn(new TableColumn("Code").NoWrap());
        rules.AddColumn("Rule");
        rules.AddColumn("Severity");
        rules.AddColumn(new TableColumn("Issues").RightAligned());
        foreach (var (code, severity, count) in ByRule(loaded))
        {
            rules.AddRow(Markup.Escape(code), Markup.Escape(IssueTitles.For(code)), Severity(severity), Format.Count(count));
        }

        items.Add(rules);
        var children = new Table().Border(TableBorder.Rounded).Title("[bold]Issues by child[/]").Expand();
        children.AddColumn(new TableColumn("Child").NoWrap());
        children.AddColumn("Severity");
        children.AddColumn(new TableColumn("Code").NoWrap());
        children.AddColumn("Where and why");
        var shown = 0;
        foreach (var issue in loaded.Issues.OrderBy(i => i.ChildId is null ? 1 : 0))
        {
            if (shown++ == limit)
            {
                break;
            }

            children.AddRow(Markup.Escape(issue.ChildId ?? "(document)"), Severity(issue.Severity), Markup.Escape(issue.Code), Markup.Escape($"{issue.Location}: {issue.Reason}"));
        }

        items.Add(children);
        if (loaded.Issues.Count > limit)
        {
            items.Add(new Markup(string.Create(CultureInfo.InvariantCulture, $"[grey]{loaded.Issues.Count - limit} more issue(s) not shown; use --limit or --format json for all.[/]\n")));
        }

        return [.. items];
    }

    private static string Severity(IssueSeverity severity) => severity == IssueSeverity.Error ? "[red]error[/]" : "[yellow]warning[/]";

    internal sealed class Settings : InputSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("table (the default) or json (every issue).")]
        [DefaultValue("table")]
        public string Format { get; set; } = "table";

        [CommandOption("--limit <N>")]
        [Description("table format: list at most this many issues (default 200).")]
        [DefaultValue(200)]
        public int Limit { get; set; } = 200;

        [CommandOption("-o|--out <FILE>")]
        [Description("Write to this file instead of standard output.")]
        public string? Out { get; set; }

        public override string? OutPath => Out;

        public override ValidationResult Validate()
        {
            if (Limit < 0)
            {
                return ValidationResult.Error("--limit: give 0 or more.");
            }

            return Format is "table" or "json"
                ? base.Validate()
                : ValidationResult.Error($"--format: '{Format}' is not a format of yj check; expected one of: table, json.");
        }
    }
}
