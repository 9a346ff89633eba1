using YouthJustice.Cli.Commands;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Json;
using YouthJustice.Interchange.Yjaf;
using YouthJustice.Kpi;
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
        Vet(settings, loaded.Result, loaded.Source);
        return loaded;
    }

    /// <summary>
    /// Reads the input as <see cref="Load"/> does, under the same bad-input rule, straight into the engine's layout
    /// (decision NJ5): for our JSON and CSV no record is kept, so a command that only computes returns (<c>yj kpi</c>)
    /// needs memory for the engine's rows, not the service's objects.
    /// </summary>
    public PreparedInput LoadPrepared(InputSettings settings)
    {
        var loaded = ReadPrepared(settings);
        Vet(settings, loaded.Result, loaded.Source);
        return loaded;
    }

    private void Vet<T>(InputSettings settings, ReadResult<T> result, string source)
    {
        if (settings is QuarterOnlySettings { Quiet: false } quarter && quarter.ParsedQuarter.CompareTo(FirstCollected) < 0)
        {
            _console.Error.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"note: {quarter.ParsedQuarter} is before KPI collection began ({FirstCollected}, from 1 April 2023): every order that ended before then is excluded as EndedBeforeCollection, so the return's cohort is empty.")));
        }

        if (result.IsFatal)
        {
            throw new CliFailure(ExitCode.InputInvalid, FatalMessage(result, source));
        }

        var losses = result.Losses;
        if (losses.Count == 0)
        {
            return;
        }

        var errors = losses.Count(i => i.Severity == IssueSeverity.Error);
        var ignored = losses.Count - errors;
        if (settings.Strict)
        {
            throw new CliFailure(
                ExitCode.InputInvalid,
                string.Create(CultureInfo.InvariantCulture, $"The input '{source}' lost data ({errors} error(s), {ignored} ignored field(s), column(s) or file(s)) and --strict was given; the first: {Shorten(losses[0].Message)}{Environment.NewLine}Run 'yj check {source}' for the full report."));
        }

        var first = Markup.Escape(Shorten(losses[0].Message));
        var escaped = Markup.Escape(source);
        var what = errors > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{result.Summary.Rejected} item(s) of '{escaped}' were rejected ({errors} error(s)){(ignored > 0 ? string.Create(CultureInfo.InvariantCulture, $" and {ignored} field(s), column(s) or file(s) ignored") : string.Empty)}")
            : string.Create(CultureInfo.InvariantCulture, $"part of '{escaped}' was not read: {ignored} field(s), column(s) or file(s) ignored");
        _console.Error.MarkupLine($"[yellow]warning:[/] {what}; the figures leave them out. The first: {first}");
        _console.Error.MarkupLine($"[grey]Run 'yj check {escaped}' for every issue, or add --strict to stop on any.[/]");
    }

    /// <summary>The longest value shown in a message: a 10 MB cell is cut, not echoed whole.</summary>
    internal const int MaxMessageLength = 500;

    /// <summary>Cuts a message (which may quote a huge value) to <see cref="MaxMessageLength"/> characters.</summary>
    internal static string Shorten(string message)
        => message.Length <= MaxMessageLength
            ? message
            : string.Create(CultureInfo.InvariantCulture, $"{message[..MaxMessageLength]}… ({message.Length - MaxMessageLength} more characters)");

    private static string FatalMessage<T>(ReadResult<T> result, string source)
    {
        var lines = new List<string> { $"The input '{source}' could not be read:" };
        lines.AddRange(result.FatalIssues.Take(20).Select(i => "  " + Shorten(i.Message)));
        var csv = Directory.Exists(source);
        foreach (var kind in result.KindsLost)
        {
            var count = result.Summary.For(kind);
            var where = csv ? kind.CsvFile ?? kind.JsonName : "'" + kind.JsonName + "'";
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"  every one of the {count.Seen} item(s) of {where} was rejected, so no figure that uses them could be right; by reason: {string.Join(", ", count.RejectedByCode.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}"));
        }

        if (result.FatalIssues.Count == 0)
        {
            // A whole kind lost without a fatal issue: show why its first items were rejected, header errors first.
            var errors = result.Issues.Where(i => i.Severity == IssueSeverity.Error).OrderBy(i => i.Location.Line is 1 ? 0 : 1).Take(5);
            lines.AddRange(errors.Select(i => "  " + Shorten(i.Message)));
        }

        lines.Add($"Run 'yj check {source}' for the full report.");
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

        var (path, format) = Resolve(settings);
        var result = format == InputFormat.Csv
            ? Work.Run(_console, settings.Quiet, $"Reading the CSV tables in {path}", () => CaseLevelCsvReader.ReadFolder(path))
            : ReadFile(path, settings.Quiet, progress => format switch
            {
                InputFormat.Yjaf => YjafReader.Read(progress),
                InputFormat.YjafLines => YjafReader.ReadNdjson(progress),
                _ => CaseLevelJsonReader.Read(progress),
            });
        return From(result, path);
    }

    /// <summary>Reads the input as <see cref="Read"/> does, straight into the engine's layout: our JSON and CSV child by child, keeping no records.</summary>
    private PreparedInput ReadPrepared(InputSettings settings)
    {
        if (settings.Sample)
        {
            var loaded = Read(settings);
            return new PreparedInput(KpiEngine.Prepare(loaded.Data), loaded.Source, loaded.Summary, loaded.Issues);
        }

        var (path, format) = Resolve(settings);
        var result = format switch
        {
            InputFormat.Csv => Work.Run(_console, settings.Quiet, $"Reading the CSV tables in {path}", () => CaseLevelCsvReader.ReadFolderPrepared(path)),
            // The YJB's shape is read whole (a child's latest document may come last, decision YJ-1), then laid out.
            InputFormat.Yjaf or InputFormat.YjafLines => ReadFile(path, settings.Quiet, progress =>
            {
                var read = format == InputFormat.Yjaf ? YjafReader.Read(progress) : YjafReader.ReadNdjson(progress);
                return new ReadResult<PreparedService>(KpiEngine.Prepare(read.Value), read.Issues, read.Summary);
            }),
            _ => ReadFile(path, settings.Quiet, progress => CaseLevelJsonReader.ReadPrepared(progress)),
        };
        return new PreparedInput(result.Value, path, result.Summary, result.Issues);
    }

    /// <summary>The input's path and its format (<see cref="InputFormat.Csv"/> for a folder), or exit code 3 when it cannot be read as asked.</summary>
    private static (string Path, string Format) Resolve(InputSettings settings)
    {
        var path = settings.Input!;
        var format = settings.InputFormat;
        if (Directory.Exists(path) && format is InputFormat.Auto or InputFormat.Csv)
        {
            return (path, InputFormat.Csv);
        }

        if (!File.Exists(path))
        {
            throw new CliFailure(ExitCode.InputInvalid, $"The input '{path}' does not exist: give a case-level JSON file or a folder of CSV tables.");
        }

        if (format == InputFormat.Csv || Directory.Exists(path))
        {
            throw new CliFailure(ExitCode.InputInvalid, $"The input '{path}' is {(Directory.Exists(path) ? "a folder" : "a file")}, which cannot be read as --input-format {format}: a CSV table set is a folder; json, yjaf and yjaf-ndjson are files.");
        }

        return (path, format == InputFormat.Auto ? InputFormat.DetectFile(path) : format);
    }

    private ReadResult<T> ReadFile<T>(string path, bool quiet, Func<Stream, ReadResult<T>> read)
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
                return read(progress);
            });
        }
    }

    private static LoadedService From(ReadResult<ServiceData> result, string path)
        => new(result.Value, path, result.Summary, result.Issues);
}
