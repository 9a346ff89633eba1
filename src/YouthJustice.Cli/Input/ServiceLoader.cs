using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Spectre.Console;
using YouthJustice.Cli.Commands;
using YouthJustice.Cli.Infrastructure;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Json;
using YouthJustice.Interchange.Sampling;

namespace YouthJustice.Cli.Input;

/// <summary>
/// Reads the service a command works on: the built-in sample, a case-level JSON document (a file) or a CSV table
/// set (a folder). An input that cannot be used at all is a <see cref="CliFailure"/> with exit code 3; rejected items
/// are reported on standard error and the rest is used (or, with <c>--strict</c>, exit code 3).
/// </summary>
internal sealed class ServiceLoader
{
    /// <summary>Issue codes after which the input as a whole cannot be trusted: nothing (or only part) of it was read.</summary>
    internal static readonly IReadOnlySet<string> FatalCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        IssueCodes.NotJson, IssueCodes.WrongSchema, IssueCodes.EmptyDocument, IssueCodes.ItemTooLarge,
        IssueCodes.MissingChildrenFile, IssueCodes.NotFound, IssueCodes.ReadFailed,
    };

    private readonly CliConsole _console;

    public ServiceLoader(CliConsole console)
    {
        _console = console;
    }

    public LoadedService Load(InputSettings settings)
    {
        var loaded = Read(settings);
        var errors = loaded.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        var fatal = errors.Where(i => FatalCodes.Contains(i.Code)).ToList();
        if (fatal.Count > 0)
        {
            throw new CliFailure(ExitCode.InputInvalid, $"The input '{loaded.Source}' could not be read:" + Environment.NewLine + string.Join(Environment.NewLine, fatal.Select(i => "  " + i.Message)));
        }

        if (errors.Count > 0 && settings.Strict)
        {
            throw new CliFailure(
                ExitCode.InputInvalid,
                string.Create(CultureInfo.InvariantCulture, $"The input '{loaded.Source}' has {errors.Count} error(s) and --strict was given; the first: {errors[0].Message}{Environment.NewLine}Run 'yj check {loaded.Source}' for the full report."));
        }

        if (errors.Count > 0 && !settings.Quiet)
        {
            var rejected = loaded.Summary.Rejected;
            _console.Error.MarkupLine(string.Create(
                CultureInfo.InvariantCulture,
                $"[yellow]warning:[/] {rejected} item(s) of '{Markup.Escape(loaded.Source)}' were rejected ({errors.Count} error(s)); the figures leave them out. The first: {Markup.Escape(errors[0].Message)}"));
            _console.Error.MarkupLine($"[grey]Run 'yj check {Markup.Escape(loaded.Source)}' for every issue, or add --strict to stop on any.[/]");
        }

        return loaded;
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
        if (Directory.Exists(path))
        {
            var result = Work.Run(_console, settings.Quiet, $"Reading the CSV tables in {path}", () => CaseLevelCsvReader.ReadFolder(path));
            return From(result, path);
        }

        if (!File.Exists(path))
        {
            throw new CliFailure(ExitCode.InputInvalid, $"The input '{path}' does not exist: give a case-level JSON file or a folder of CSV tables.");
        }

        return From(ReadJson(path, settings.Quiet), path);
    }

    private ReadResult<ServiceData> ReadJson(string path, bool quiet)
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
                return CaseLevelJsonReader.Read(progress);
            });
        }
    }

    private static LoadedService From(ReadResult<ServiceData> result, string path)
        => new(result.Value, path, result.Summary, result.Issues);
}
