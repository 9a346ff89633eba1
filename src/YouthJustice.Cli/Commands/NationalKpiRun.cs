using System.Diagnostics;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Batch;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Formats;
using YouthJustice.Interchange.Returns;
using YouthJustice.Kpi;

namespace YouthJustice.Cli.Commands;

/// <summary>
/// <c>yj kpi &lt;folder of services&gt; --from Q --to Q</c>: the national job (decisions NJ1, NJ2). Every service of
/// the folder is read, checked and computed for every quarter of the range, a service per core; the returns are
/// written as one JSON document per service and quarter into the <c>--out</c> folder, or as one CSV with service and
/// quarter columns. Progress and the closing summary go to standard error; every loss is reported there too.
/// </summary>
internal static class NationalKpiRun
{
    public static int Run(CliConsole console, KpiCommand.Settings settings)
    {
        var watch = Stopwatch.StartNew();
        var inputs = WithFormat(Inputs(settings.Input!, out var skipped), settings.InputFormat);
        foreach (var entry in skipped)
        {
            // Not data lost from a service, but said, so that a misnamed file is never left out silently.
            console.Error.MarkupLine($"[yellow]note:[/] {Markup.Escape(Path.GetFileName(entry))} is left out: a service is a .json (or YJAF .ndjson) file or a folder of CSV tables.");
        }

        if (inputs.Count == 0)
        {
            throw new CliFailure(ExitCode.InputInvalid, $"The folder '{settings.Input}' holds no service: put one case-level JSON file (YJS01.json) or one folder of CSV tables (YJS01/children.csv …) per service in it.");
        }

        var quarters = settings.Quarters();
        var results = Work.Run(
            console,
            settings.Quiet,
            string.Create(CultureInfo.InvariantCulture, $"{inputs.Count} service(s), {quarters.Count} quarter(s)"),
            inputs.Count,
            report => NationalJob.Run(inputs, quarters, settings.ParsedDefinitions, new KpiEngine(settings.EngineOptions), settings.Parallel, new Reporter(report)));

        var unreadable = results.Where(r => r.Outcome == ReadOutcome.Fatal).ToList();
        var lossy = results.Where(r => r.Outcome == ReadOutcome.Partial).ToList();
        foreach (var result in unreadable)
        {
            var first = result.Issues.FirstOrDefault(i => i.Severity == IssueSeverity.Error)?.Message ?? "a whole kind of record was rejected";
            console.Error.MarkupLine($"[red]error:[/] {Markup.Escape(Name(result.Input))} could not be read, so it has no return: {Markup.Escape(ServiceLoader.Shorten(first))}");
        }

        foreach (var result in lossy)
        {
            console.Error.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"warning: {Name(result.Input)}: {result.Summary.Rejected} item(s) rejected, {result.Losses.Count} loss(es); its figures leave them out. The first: {ServiceLoader.Shorten(result.Losses[0].Message)}")));
        }

        if (settings.Strict && (unreadable.Count > 0 || lossy.Count > 0))
        {
            throw new CliFailure(ExitCode.InputInvalid, string.Create(CultureInfo.InvariantCulture, $"{unreadable.Count + lossy.Count} service(s) lost data and --strict was given: no return was written. Run 'yj check' on each for the full report."));
        }

        Write(console, settings, results);

        if (!settings.Quiet)
        {
            var returns = results.Sum(r => r.Returns.Count);
            console.Error.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"{results.Count} service(s) ({unreadable.Count} unreadable, {lossy.Count} with items lost), {results.Sum(r => r.Children):N0} children, {results.Sum(r => r.Summary.Rejected):N0} item(s) rejected; {returns:N0} return(s) for {quarters[0]}–{quarters[^1]} ({settings.ParsedDefinitions.Name} definitions) in {watch.Elapsed.TotalSeconds:F1} s.")));
        }

        return unreadable.Count > 0 ? ExitCode.InputInvalid : ExitCode.Ok;
    }

    /// <summary>
    /// The services with the format <c>--input-format</c> names: <c>auto</c> keeps what was detected from each
    /// (decision YJ-8); a named format applies to every service, and a service that cannot be in it (a folder for
    /// <c>json</c>, <c>yjaf</c> or <c>yjaf-ndjson</c>; a file for <c>csv</c>) stops the job before anything is read
    /// (exit 3), as a single input would (decision YJ-18).
    /// </summary>
    private static IReadOnlyList<ServiceInput> WithFormat(IReadOnlyList<ServiceInput> inputs, string inputFormat)
    {
        if (inputFormat == InputFormat.Auto)
        {
            return inputs;
        }

        var format = InputFormat.Of(inputFormat);
        var misfits = inputs.Where(i => i.IsCsv != format.IsFolder).Select(i => Path.GetFileName(Path.TrimEndingDirectorySeparator(i.Path))).ToList();
        if (misfits.Count > 0)
        {
            throw new CliFailure(
                ExitCode.InputInvalid,
                $"--input-format {inputFormat} names the format of every service, but {string.Join(", ", misfits.Take(5))}{(misfits.Count > 5 ? $" and {misfits.Count - 5} more" : string.Empty)} {(misfits.Count == 1 ? "is" : "are")} {(format.IsFolder ? "a file" : "a folder")}: a CSV table set is a folder; json, yjaf and yjaf-ndjson are files. Give --input-format auto to read each in its own format.");
        }

        return inputs.Select(i => i with { Format = format }).ToList();
    }

    /// <summary>The services of the input: each of a folder of services, or the one service a file or table set is.</summary>
    private static IReadOnlyList<ServiceInput> Inputs(string path, out IReadOnlyList<string> skipped)
    {
        skipped = [];
        if (File.Exists(path))
        {
            return [new ServiceInput(path, IsCsv: false) { Format = ServiceFormat.Detect(path) }];
        }

        if (File.Exists(Path.Combine(path, "children.csv")))
        {
            return [new ServiceInput(path, IsCsv: true)];
        }

        return ServiceInput.InFolder(path, out skipped);
    }

    private static void Write(CliConsole console, KpiCommand.Settings settings, IReadOnlyList<ServiceJobResult> results)
    {
        if (settings.Format == "json")
        {
            var folder = settings.Out!;
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new CliFailure(ExitCode.OutputFailed, $"The folder '{folder}' could not be created: {exception.Message}");
            }

            foreach (var result in results)
            {
                foreach (var kpiReturn in result.Returns)
                {
                    var file = Path.Combine(folder, $"{Name(result.Input)}-{kpiReturn.Quarter}.json");
                    OutputTarget.WriteStream(console, file, stream => KpiReturnJsonWriter.WriteWithInputLosses(kpiReturn, stream, null, result.Losses, indented: true));
                }
            }

            return;
        }

        OutputTarget.WriteText(console, settings.Out, writer =>
        {
            KpiReturnCsvWriter.WriteMany(results.SelectMany(r => r.Returns), writer);
        });
    }

    private static string Name(ServiceInput input) => input.IsCsv
        ? Path.GetFileName(Path.TrimEndingDirectorySeparator(input.Path))
        : Path.GetFileNameWithoutExtension(input.Path);

    private sealed class Reporter(Action<long> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>The quarters from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    internal static IReadOnlyList<ReportingQuarter> Range(ReportingQuarter from, ReportingQuarter to)
    {
        var list = new List<ReportingQuarter>();
        for (var q = from; q.CompareTo(to) <= 0; q = q.Next())
        {
            list.Add(q);
        }

        return list;
    }
}
