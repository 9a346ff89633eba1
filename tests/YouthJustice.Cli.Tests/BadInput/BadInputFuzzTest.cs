using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CsCheck;
using FluentAssertions.Execution;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Json;
using YouthJustice.Interchange.Yjaf;
using YouthJustice.Sampling;

namespace YouthJustice.Cli.Tests.BadInput;

/// <summary>
/// Issue 14's fuzz harness (docs/testing.md, decision IX-R2): whole bad documents and CSV table sets — wrong roots,
/// truncation, renamed files and fields, date edges, bad encodings, huge values — and option edges, run through every
/// command (kpi, explain, diff, check, validate). The rule holds for each: never exit 70; a fatal input is exit 3 (or a
/// usage error, 2, found first); with --strict any loss is a non-zero exit; exit 0 only with every loss reported.
/// </summary>
/// <remarks>
/// <see cref="DefaultCases"/> cases run in <c>dotnet test</c> (a few seconds); set <c>YJ_FUZZ_CASES</c> (for example
/// 5000) for a longer run. A failure prints the case's seed; <c>YJ_FUZZ_SEED</c> replays that one case.
/// </remarks>
public sealed class BadInputFuzzTest
{
    /// <summary>How many cases run by default, within the time budget of <c>dotnet test</c>.</summary>
    public const int DefaultCases = 120;

    private static readonly ServiceData Base = SampleGenerator.Generate(new SampleOptions(12, 5, new ReportingQuarter(2023, 1), 4, "YJS01", "Fuzz service"));

    private static readonly string BaseJson = JsonOf(Base);

    private static readonly string BaseYjaf = YjafOf(Base, lines: false);

    private static readonly string BaseYjafLines = YjafOf(Base, lines: true);

    private static readonly string[] YjafItemTypes = ["person_details", "offence", "intervention_programme", "residence", "ete_status", "care_status", "hearing"];

    private static readonly string[] DateEdges =
        ["9999-12-31", "0001-01-01", "1900-01-01", "1899-12-31", "2023-02-29", "2024-02-29", "1981-09-01", "1997-06-27", "10000-01-01", "2024-13-01", "", "2024-1-1"];

    private static readonly string[] Quarters = ["2024Q1", "2023Q3", "0001Q1", "1999Q1", "9989Q4", "9990Q1", "2024Q5", "2024q1", "Q1"];

    private static readonly string[] Definitions = ["2024", "2023", "2025", "x"];

    private static readonly string[] Commands = ["kpi", "explain", "diff", "check", "validate", "national"];

    [Fact]
    public void Every_command_on_bad_input_ends_in_figures_a_reported_loss_or_a_documented_exit()
    {
        var replay = Environment.GetEnvironmentVariable("YJ_FUZZ_SEED");
        if (int.TryParse(replay, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
        {
            RunCase(seed);
            return;
        }

        var cases = int.TryParse(Environment.GetEnvironmentVariable("YJ_FUZZ_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : DefaultCases;
        Gen.Int.Sample(RunCase, iter: cases, threads: 1);
    }

    private static void RunCase(int seed)
    {
        var random = new Random(seed);
        using var folder = new TempFolder();
        var shape = random.Next(4);
        var (input, read) = shape switch
        {
            0 => JsonInput(random, folder),
            1 => CsvInput(random, folder),
            _ => YjafInput(random, folder, lines: shape == 3),
        };
        var shapeFormat = shape switch { 0 => "json", 1 => "csv", 2 => "yjaf", _ => "yjaf-ndjson" };
        var command = Commands[random.Next(Commands.Length)];
        // --input-format: none, auto, the shape's own, a mismatched one, or an unknown one. A mismatched format has no
        // oracle of its own: for it only "never 70" is asserted.
        var inputFormat = random.Next(3) == 0 ? Pick(random, ["auto", shapeFormat, "json", "csv", "yjaf", "yjaf-ndjson", "xml"]) : null;
        // The oracle is the reader the CLI uses: the one named, or the one auto-detection picks (damage can defeat it);
        // the national job follows --input-format too (decision YJ-18).
        var effective = inputFormat is null or "auto" ? (Directory.Exists(input) ? "csv" : YouthJustice.Cli.Input.InputFormat.DetectFile(input)) : inputFormat;
        var mismatched = false;
        if (effective != shapeFormat && effective != "xml")
        {
            mismatched = Directory.Exists(input) || effective == "csv";
            if (!mismatched)
            {
                read = effective switch
                {
                    "json" => CaseLevelJsonReader.ReadFile(input),
                    "yjaf" => YjafReader.ReadFile(input),
                    _ => YjafReader.ReadNdjsonFile(input),
                };
            }
        }

        var profile = random.Next(3) == 0 ? Pick(random, ["guidance", "yjb-pipeline", "pipeline"]) : null;
        var strict = random.Next(4) == 0;
        var quiet = random.Next(3) == 0;
        var args = new List<string> { command, input };
        var ownReturn = false;
        if (command == "national")
        {
            // The national job: the bad input is one service of a folder; the rule holds for it within the job.
            var services = Path.Combine(folder.Path, "services");
            Directory.CreateDirectory(services);
            var moved = Path.Combine(services, Directory.Exists(input) ? "YJS01" : "YJS01" + Path.GetExtension(input));
            if (Directory.Exists(input))
            {
                Directory.Move(input, moved);
            }
            else
            {
                File.Move(input, moved);
            }

            var format = Pick(random, ["json", "csv"]);
            args = ["kpi", services, "--from", Pick(random, Quarters), "--to", Pick(random, Quarters), "--format", format];
            if (format == "json")
            {
                args.AddRange(["--out", Path.Combine(folder.Path, "returns")]);
            }
        }
        else if (command is "kpi" or "explain" or "diff")
        {
            args.AddRange(["--quarter", Pick(random, Quarters)]);
        }

        switch (command)
        {
            case "kpi":
                args.AddRange(["--format", Pick(random, ["json", "csv", "table"])]);
                if (random.Next(2) == 0)
                {
                    args.AddRange(["--definitions", Pick(random, Definitions)]);
                }

                break;
            case "explain":
                args.AddRange(["--child", Pick(random, ["C00001", "C00002", "C1", "C\u0007", new string('C', 80)]), "--format", Pick(random, ["json", "table"])]);
                break;
            case "diff":
                args.AddRange(["--definitions", Pick(random, Definitions), Pick(random, Definitions), "--format", Pick(random, ["json", "csv", "table"])]);
                break;
            case "check":
                args.AddRange(["--format", Pick(random, ["json", "table"])]);
                break;
            case "national":
                break;
            default:
                var own = random.Next(3) == 0;
                args.AddRange(["--return", own ? OwnReturn(input, folder) : Return(random, folder)]);
                if (own)
                {
                    ownReturn = true;
                }

                break;
        }

        if (inputFormat is not null)
        {
            args.AddRange(["--input-format", inputFormat]);
        }

        // --profile: the commands that compute figures take it (EngineSettings); check does not.
        if (profile is not null && command is not "check")
        {
            args.AddRange(["--profile", profile]);
        }

        if (strict)
        {
            args.Add("--strict");
        }

        if (quiet)
        {
            args.Add("--quiet");
        }

        var run = Yj.Run([.. args]);
        var line = $"seed {seed}: yj {string.Join(' ', args.Select(a => a.Length > 60 ? a[..60] + "…" : a))} → exit {run.ExitCode}; stderr: {Cut(run.Error)}";
        using var scope = new AssertionScope(line);
        run.ExitCode.Should().BeOneOf([0, 1, 2, 3, 4, 5], "70 is a crash");
        if (mismatched)
        {
            return;
        }
        if (run.ExitCode == ExitCode.Usage || command == "check")
        {
            // A usage error is found before the input is read; check reports every issue in its result.
            if (command == "check" && run.ExitCode != ExitCode.Usage && (read.IsFatal || (strict && read.Losses.Count > 0)))
            {
                run.ExitCode.Should().Be(ExitCode.InputInvalid, "check of an unusable input, or with --strict of one that lost data, is exit 3");
            }

            return;
        }

        if (read.IsFatal)
        {
            run.ExitCode.Should().Be(ExitCode.InputInvalid, "an unusable input is exit 3");
            return;
        }

        if (read.Losses.Count > 0 && strict)
        {
            run.ExitCode.Should().Be(ExitCode.InputInvalid, "--strict turns every loss into exit 3");
            return;
        }

        if (ownReturn && !(strict && read.Losses.Count > 0))
        {
            run.ExitCode.Should().Be(ExitCode.Ok, "our own return of the same input agrees with it");
        }

        if (read.Losses.Count > 0 && run.ExitCode is ExitCode.Ok or ExitCode.Findings)
        {
            run.Error.Should().Contain(command == "national" ? "YJS01:" : "warning:", "every loss is reported on standard error, also under --quiet");
            if (command == "kpi" && args[args.IndexOf("--format") + 1] == "json")
            {
                run.Out.Should().Contain("\"inputLosses\"", "the JSON return says what its input lost");
            }
        }
    }

    private static (string Input, ReadResult<ServiceData> Read) JsonInput(Random random, TempFolder folder)
    {
        var path = folder.File("input.json");
        var text = BaseJson;
        byte[] bytes;
        switch (random.Next(9))
        {
            case 0:
                bytes = Encoding.UTF8.GetBytes(Pick(random, ["[" + text + "]", "null", "123", "\"youthjustice-caselevel/1\"", "", "{}", "{\"schema\": 1}", "true"]));
                break;
            case 1:
                bytes = Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]);
                break;
            case 2:
                bytes = Encoding.UTF8.GetBytes(RenameField(random, text));
                break;
            case 3:
                bytes = Encoding.UTF8.GetBytes(ReplaceDate(random, text));
                break;
            case 4:
                var utf8 = Encoding.UTF8.GetBytes(text);
                var at = random.Next(utf8.Length);
                bytes = random.Next(2) == 0 ? [.. utf8[..at], 0xFF, 0xFE, .. utf8[at..]] : Encoding.Unicode.GetBytes(text);
                break;
            case 5:
                bytes = Encoding.UTF8.GetBytes(ReplaceValue(random, text, "\"id\": \"", Pick(random, ["C\n1", "C\u00071", " C1", new string('x', 200_000), "C00001"])));
                break;
            case 6:
                bytes = Encoding.UTF8.GetBytes(ReplaceValue(random, text, "\"sex\": \"", Pick(random, ["M", "male", new string('y', 100_000)])));
                break;
            case 7:
                bytes = Encoding.UTF8.GetBytes(text.Replace("\"sex\": \"Male\"", "\"sex\": \"M\"").Replace("\"sex\": \"Female\"", "\"sex\": \"F\""));
                break;
            default:
                bytes = Encoding.UTF8.GetBytes(text);
                break;
        }

        File.WriteAllBytes(path, bytes);
        return (path, CaseLevelJsonReader.ReadFile(path));
    }

    /// <summary>A YJAF document, or YJAF lines (one child document a line), written from the base service and damaged.</summary>
    private static (string Input, ReadResult<ServiceData> Read) YjafInput(Random random, TempFolder folder, bool lines)
    {
        var path = folder.File(lines ? "input.ndjson" : "input.json");
        var text = lines ? BaseYjafLines : BaseYjaf;
        byte[] bytes;
        switch (random.Next(12))
        {
            case 0:
                bytes = Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]);
                break;
            case 1:
                bytes = Encoding.UTF8.GetBytes(Pick(random, ["[" + text + "]", "null", "[]", "{}", "{\"documents\": {}}", "{\"documents\": [1]}", "{\"documents\": null}", "\"yjaf\"", "[{\"ypid\": 1}]"]));
                break;
            case 2:
                bytes = Encoding.UTF8.GetBytes(ReplaceJsonValue(random, text, "document_item_type", Pick(random, ["\"unknown_thing\"", "\"\"", "\"PERSON_DETAILS\"", "\"asset_plus\""])));
                break;
            case 3:
                bytes = Encoding.UTF8.GetBytes(WrongType(random, text));
                break;
            case 4:
                bytes = Encoding.UTF8.GetBytes(WrongCode(random, text));
                break;
            case 5:
                bytes = Encoding.UTF8.GetBytes(ReplaceDate(random, text));
                break;
            case 6:
                bytes = Encoding.UTF8.GetBytes(ReplaceJsonValue(random, text, "deleted", Pick(random, ["true", "\"true\"", "1", "null", "\"Y\""])));
                break;
            case 7:
                bytes = Encoding.UTF8.GetBytes(Duplicate(random, text, lines));
                break;
            case 8:
                bytes = Encoding.UTF8.GetBytes(lines ? InsertLine(random, text, Pick(random, ["", "   ", "not json", "{", "[]", "null", "{\"ypid\": \"X\"}"])) : ReplaceJsonValue(random, text, "ypid", Pick(random, ["null", "\"\"", "1"])));
                break;
            case 9:
                bytes = Encoding.UTF8.GetBytes(ReplaceJsonValue(random, text, Pick(random, ["hours", "hoursOffered", "yjbseriousnessScore", "termDays", "ypid", "startDate"]), Pick(random, ["1e999", "99999999999999999999999999", "-1", "1.5", "-0"])));
                break;
            case 10:
                var utf8 = Encoding.UTF8.GetBytes(text);
                var at = random.Next(utf8.Length);
                bytes = random.Next(2) == 0 ? [.. utf8[..at], 0xFF, 0xC3, .. utf8[at..]] : Encoding.Unicode.GetBytes(text);
                break;
            default:
                bytes = Encoding.UTF8.GetBytes(text);
                break;
        }

        File.WriteAllBytes(path, bytes);
        return (path, lines ? YjafReader.ReadNdjsonFile(path) : YjafReader.ReadFile(path));
    }

    private static string YjafOf(ServiceData data, bool lines)
    {
        using var stream = new MemoryStream();
        if (lines)
        {
            YjafWriter.WriteNdjson(data, stream);
        }
        else
        {
            YjafWriter.Write(data, stream);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A field's value replaced by a JSON value of another type.</summary>
    private static string WrongType(Random random, string text)
    {
        var field = Pick(random, ["ypid", "dateOfBirth", "offenceID", "startDate", "document_item", "items", "documents", "sex", "hours", "deleted", "return_start_date"]);
        return ReplaceJsonValue(random, text, field, Pick(random, ["123", "[]", "{}", "true", "null", "\"x\"", "[1, 2]"]));
    }

    /// <summary>A coded value replaced by a code with no counterpart.</summary>
    private static string WrongCode(Random random, string text)
    {
        var field = Pick(random, ["sex", "ethnicity", "legalOutcome", "disposalType", "description", "provisionType", "kpi1AccommodationType", "status", "yjboffenceCategory"]);
        return ReplaceJsonValue(random, text, field, Pick(random, ["\"ZZZ\"", "\"\"", "\"99\"", "\"" + new string('q', 50_000) + "\""]));
    }

    /// <summary>The value of one occurrence of <paramref name="field"/> (whatever its JSON type) replaced.</summary>
    private static string ReplaceJsonValue(Random random, string text, string field, string value)
    {
        var matches = System.Text.RegularExpressions.Regex.Matches(text, "\"" + System.Text.RegularExpressions.Regex.Escape(field) + "\":\\s*(\"[^\"]*\"|-?[0-9.eE+-]+|true|false|null)");
        if (matches.Count == 0)
        {
            return text;
        }

        var chosen = matches[random.Next(matches.Count)];
        var group = chosen.Groups[1];
        return text[..group.Index] + value + text[(group.Index + group.Length)..];
    }

    /// <summary>One child's document twice (the same ypid).</summary>
    private static string Duplicate(Random random, string text, bool lines)
    {
        if (lines)
        {
            var all = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return all.Length == 0 ? text : text + all[random.Next(all.Length)] + "\n";
        }

        using var document = System.Text.Json.JsonDocument.Parse(text);
        var documents = document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && document.RootElement.TryGetProperty("documents", out var d) ? d : document.RootElement;
        if (documents.ValueKind != System.Text.Json.JsonValueKind.Array || documents.GetArrayLength() == 0)
        {
            return text;
        }

        var one = documents[random.Next(documents.GetArrayLength())].GetRawText();
        var close = text.LastIndexOf(']');
        return close < 0 ? text : text[..close] + ", " + one + text[close..];
    }

    private static string InsertLine(Random random, string text, string line)
    {
        var all = text.Split('\n').ToList();
        all.Insert(random.Next(all.Count + 1), line);
        return string.Join('\n', all);
    }

    private static (string Input, ReadResult<ServiceData> Read) CsvInput(Random random, TempFolder folder)
    {
        var tables = Path.Combine(folder.Path, "tables");
        Directory.CreateDirectory(tables);
        CaseLevelCsvWriter.WriteFolder(Base, tables);
        var files = Directory.GetFiles(tables).Order(StringComparer.Ordinal).ToArray();
        var file = Pick(random, files);
        var text = File.ReadAllText(file);
        switch (random.Next(9))
        {
            case 0:
                File.Move(file, Path.Combine(tables, Pick(random, [Path.GetFileName(file).ToUpperInvariant(), "education.csv", "data.csv"])));
                break;
            case 1:
                File.Delete(Pick(random, [file, Path.Combine(tables, "children.csv")]));
                break;
            case 2:
                File.WriteAllText(file, Pick(random, [string.Empty, text.Replace(",", ", "), text.Replace(",", ";"), Header(text).ToUpperInvariant() + text[Header(text).Length..]]));
                break;
            case 3:
                File.WriteAllText(file, ReplaceDateCell(random, text));
                break;
            case 4:
                var utf8 = File.ReadAllBytes(file);
                var at = random.Next(utf8.Length);
                File.WriteAllBytes(file, random.Next(2) == 0 ? [.. utf8[..at], 0xE9, .. utf8[at..]] : Encoding.Latin1.GetBytes(text.Replace("WhiteBritish", "Whité")));
                break;
            case 5:
                File.WriteAllText(file, text[..random.Next(text.Length)]);
                break;
            case 6:
                File.WriteAllText(file, text + Pick(random, ["C00001,\"unterminated\n", "a,b,c,d,e,f,g,h,i,j,k,l\n", new string('z', 100_000) + "\n", "\"C\n1\",2008-01-01,Male,WhiteBritish\n"]));
                break;
            case 7:
                File.WriteAllText(Path.Combine(tables, "children.csv"), Header(File.ReadAllText(Path.Combine(tables, "children.csv"))) + "\n");
                break;
            default:
                break;
        }

        return (tables, CaseLevelCsvReader.ReadFolder(tables));
    }

    private static string Return(Random random, TempFolder folder)
    {
        var path = folder.File("theirs.json");
        var ours = Yj.Run("kpi", WriteJson(folder), "--quarter", "2024Q1", "--format", "json", "--children").Out;
        var text = random.Next(6) switch
        {
            0 => ours.Replace("\"service\": \"YJS01\"", "\"service\": \"X99\""),
            1 => "{ \"schema\": \"youthjustice-kpi-return/1\", \"service\": \"YJS01\", \"quarter\": \"2024Q1\", \"definitions\": \"2024\", \"measures\": [], \"cohort\": { \"children\": 0, \"excluded\": [] } }",
            2 => ours[..random.Next(ours.Length)],
            3 => Pick(random, ["[]", "null", string.Empty, "{}"]),
            _ => ours,
        };
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The return <c>yj kpi</c> computes from the (damaged) input itself, per-child list included.</summary>
    private static string OwnReturn(string input, TempFolder folder)
    {
        var path = folder.File("own.json");
        var run = Yj.Run("kpi", input, "--quarter", "2024Q1", "--format", "json", "--children", "--quiet");
        run.ExitCode.Should().NotBe(70, $"yj kpi on the input for its own return crashed: {Cut(run.Error)}");
        File.WriteAllText(path, run.Out);
        return path;
    }

    private static string WriteJson(TempFolder folder)
    {
        var path = folder.File("base.json");
        File.WriteAllText(path, BaseJson);
        return path;
    }

    private static string JsonOf(ServiceData data)
    {
        using var stream = new MemoryStream();
        CaseLevelJsonWriter.Write(data, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string RenameField(Random random, string text)
    {
        string[] fields = ["\"ete\":", "\"accommodation\":", "\"interventions\":", "\"offences\":", "\"children\":", "\"schema\":", "\"service\":", "\"dateOfBirth\":", "\"end\":"];
        var field = Pick(random, fields);
        var renamed = random.Next(2) == 0 ? "\"" + char.ToUpperInvariant(field[1]) + field[2..] : field.Replace("\":", "s\":");
        return random.Next(2) == 0 ? text.Replace(field, renamed) : ReplaceFirst(text, field, renamed, random);
    }

    private static string ReplaceDate(Random random, string text)
    {
        var dates = System.Text.RegularExpressions.Regex.Matches(text, "\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"");
        if (dates.Count == 0)
        {
            return text;
        }

        var chosen = dates[random.Next(dates.Count)];
        return text[..chosen.Index] + "\"" + Pick(random, DateEdges) + "\"" + text[(chosen.Index + chosen.Length)..];
    }

    private static string ReplaceDateCell(Random random, string text)
    {
        var dates = System.Text.RegularExpressions.Regex.Matches(text, "(?<=,)[0-9]{4}-[0-9]{2}-[0-9]{2}");
        if (dates.Count == 0)
        {
            return text;
        }

        var chosen = dates[random.Next(dates.Count)];
        return text[..chosen.Index] + Pick(random, DateEdges) + text[(chosen.Index + chosen.Length)..];
    }

    private static string ReplaceValue(Random random, string text, string prefix, string value)
    {
        var at = text.IndexOf(prefix, random.Next(Math.Max(1, text.Length / 2)), StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.IndexOf(prefix, StringComparison.Ordinal);
        }

        if (at < 0)
        {
            return text;
        }

        var start = at + prefix.Length;
        var end = text.IndexOf('"', start);
        return text[..start] + value.Replace("\n", "\\n").Replace("\u0007", "\\u0007") + text[end..];
    }

    private static string ReplaceFirst(string text, string field, string renamed, Random random)
    {
        var at = text.IndexOf(field, random.Next(Math.Max(1, text.Length / 2)), StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + renamed + text[(at + field.Length)..];
    }

    private static string Header(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end];
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Cut(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
