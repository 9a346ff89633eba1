using YouthJustice.Cli.Commands;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Json;
using YouthJustice.Interchange.Yjaf;
using YouthJustice.Sampling;

namespace YouthJustice.Cli.Input;

/// <summary>
/// Reads the service a command works on: the built-in sample, a case-level JSON document (a file) or a CSV table
/// set (a folder). An input that cannot be used at all is a <see cref="CliFailure"/> with exit code 3; rejected items
/// are reported on standard error and the rest is used (or, with <c>--strict</c>, exit code 3).
/// </summary>
internal sealed class ServiceLoader
{
    /// <summary>The first quarter of KPI collection (1 April 2023; <c>ExclusionReason.EndedBeforeCollection</c>).</summary>
    internal static readonly ReportingQuarter FirstCollected = new(2023, 1);

    private readonly CliConsole _console;

    public ServiceLoader(CliConsole console)
    {
        _console = console;
    }

    /// <summary>
    /// Reads the input and applies the bad-input rule (decision IX-R2): a fatal read is exit code 3; a read that lost
    /// data is reported on standard error, also under <c>--quiet</c> (which silences progress, not losses), or is exit
    /// code 3 with <c>--strict</c>; a complete read is used silently.
    /// </summary>
    public LoadedService Load(InputSettings settings)
    {
        var loaded = Read(settings);
        if (settings is QuarterOnlySettings { Quiet: false } quarter && quarter.ParsedQuarter.CompareTo(FirstCollected) < 0)
        {
            _console.Error.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"note: {quarter.ParsedQuarter} is before KPI collection began ({FirstCollected}, from 1 April 2023): every order that ended before then is excluded as EndedBeforeCollection, so the return's cohort is empty.")));
        }

        if (loaded.Result.IsFatal)
        {
            throw new CliFailure(ExitCode.InputInvalid, FatalMessage(loaded));
        }

        var losses = loaded.Result.Losses;
        if (losses.Count == 0)
        {
            return loaded;
        }

        var errors = losses.Count(i => i.Severity == IssueSeverity.Error);
        var ignored = losses.Count - errors;
        if (settings.Strict)
        {
            throw new CliFailure(
                ExitCode.InputInvalid,
                string.Create(CultureInfo.InvariantCulture, $"The input '{loaded.Source}' lost data ({errors} error(s), {ignored} ignored field(s), column(s) or file(s)) and --strict was given; the first: {Shorten(losses[0].Message)}{Environment.NewLine}Run 'yj check {loaded.Source}' for the full report."));
        }

        var first = Markup.Escape(Shorten(losses[0].Message));
        var source = Markup.Escape(loaded.Source);
        var what = errors > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{loaded.Summary.Rejected} item(s) of '{source}' were rejected ({errors} error(s)){(ignored > 0 ? string.Create(CultureInfo.InvariantCulture, $" and {ignored} field(s), column(s) or file(s) ignored") : string.Empty)}")
            : string.Create(CultureInfo.InvariantCulture, $"part of '{source}' was not read: {ignored} field(s), column(s) or file(s) ignored");
        _console.Error.MarkupLine($"[yellow]warning:[/] {what}; the figures leave them out. The first: {first}");
        _console.Error.MarkupLine($"[grey]Run 'yj check {source}' for every issue, or add --strict to stop on any.[/]");
        return loaded;
    }

    /// <summary>The longest value shown in a message: a 10 MB cell is cut, not echoed whole.</summary>
    internal const int MaxMessageLength = 500;

    /// <summary>Cuts a message (which may quote a huge value) to <see cref="MaxMessageLength"/> characters.</summary>
    internal static string Shorten(string message)
        => message.Length <= MaxMessageLength
            ? message
            : string.Create(CultureInfo.InvariantCulture, $"{message[..MaxMessageLength]}… ({message.Length - MaxMessageLength} more characters)");

    private static string FatalMessage(LoadedService loaded)
    {
        var lines = new List<string> { $"The input '{loaded.Source}' could not be read:" };
        lines.AddRange(loaded.Result.FatalIssues.Take(20).Select(i => "  " + Shorten(i.Message)));
        var csv = Directory.Exists(loaded.Source);
        foreach (var kind in loaded.Result.KindsLost)
        {
            var count = loaded.Summary.For(kind);
            var where = csv ? kind.CsvFile ?? kind.JsonName : "'" + kind.JsonName + "'";
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"  every one of the {count.Seen} item(s) of {where} was rejected, so no figure that uses them could be right; by reason: {string.Join(", ", count.RejectedByCode.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}"));
        }

        if (loaded.Result.FatalIssues.Count == 0)
        {
            // A whole kind lost without a fatal issue: show why its first items were rejected, header errors first.
            var errors = loaded.Issues.Where(i => i.Severity == IssueSeverity.Error).OrderBy(i => i.Location.Line is 1 ? 0 : 1).Take(5);
            lines.AddRange(errors.Select(i => "  " + Shorten(i.Message)));
        }

        lines.Add($"Run 'yj check {loaded.Source}' for the full report.");
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Reads the input and returns whatever the reader reported, fatal issues included (for <c>yj check</c>).</summary>
    public LoadedService Read(InputSettings settings)
    {
        if (settings.Sample)
        {
            var data = Work.Run(_console, settings.Quiet, "Generating the sample service", () => SampleGenerator.Generate(SampleOptions.Default));
            return new LoadedService(data, "the built-in sample", ReadSummary.Empty, []);
        }

        var path = settings.Input!;
        var format = settings.InputFormat;
        if (Directory.Exists(path) && format is InputFormat.Auto or InputFormat.Csv)
        {
            var result = Work.Run(_console, settings.Quiet, $"Reading the CSV tables in {path}", () => CaseLevelCsvReader.ReadFolder(path));
            return From(result, path);
        }

        if (!File.Exists(path))
        {
            throw new CliFailure(ExitCode.InputInvalid, $"The input '{path}' does not exist: give a case-level JSON file or a folder of CSV tables.");
        }

        if (format == InputFormat.Csv || Directory.Exists(path))
        {
            throw new CliFailure(ExitCode.InputInvalid, $"The input '{path}' is {(Directory.Exists(path) ? "a folder" : "a file")}, which cannot be read as --input-format {format}: a CSV table set is a folder; json, yjaf and yjaf-ndjson are files.");
        }

        if (format == InputFormat.Auto)
        {
            format = InputFormat.DetectFile(path);
        }

        return From(ReadJson(path, settings.Quiet, format), path);
    }

    private ReadResult<ServiceData> ReadJson(string path, bool quiet, string format)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliFailure(ExitCode.InputInvalid, $"The input '{path}' could not be opened: {exception.Message}");
        }

        using (stream)
        {
            return Work.Run(_console, quiet, $"Reading {Path.GetFileName(path)}", stream.Length, report =>
            {
                using var progress = new ProgressStream(stream, report);
                return format switch
                {
                    InputFormat.Yjaf => YjafReader.Read(progress),
                    InputFormat.YjafLines => YjafReader.ReadNdjson(progress),
                    _ => CaseLevelJsonReader.Read(progress),
                };
            });
        }
    }

    private static LoadedService From(ReadResult<ServiceData> result, string path)
        => new(result.Value, path, result.Summary, result.Issues);
}
