using System.Text.RegularExpressions;
using YouthJustice.Cli.Commands;

namespace YouthJustice.Cli;

/// <summary>
/// The <c>yj</c> application: its commands, and the one place where failures become messages and exit codes
/// (docs/cli.md). Tests run it in-process through <see cref="Run(IReadOnlyList{string}, CliConsole)"/>.
/// </summary>
internal static partial class YjApp
{
    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliConsole), console);
        registrar.RegisterLazy(typeof(ServiceLoader), () => new ServiceLoader(console));
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("yj");
            config.UseAssemblyInformationalVersion();
            config.ConfigureConsole(console.Out);
            config.UseStrictParsing();
            config.SetExceptionHandler((exception, _) => Fail(console, exception, args));
            config.AddCommand<KpiCommand>("kpi")
                .WithDescription("Compute a service's quarterly KPI return: all ten KPIs with their sub-measures, the national indicators and the cohort.")
                .WithExample("kpi", "--sample", "--quarter", "2024Q1")
                .WithExample("kpi", "service.json", "--quarter", "2024Q1", "--definitions", "2023", "--format", "json", "--out", "return.json")
                .WithExample("kpi", "tables/", "--quarter", "2023Q4", "--format", "csv");
            config.AddCommand<ExplainCommand>("explain")
                .WithDescription("Explain one child's part in a quarter's return: the cohort decision and every measure, and why.")
                .WithExample("explain", "--sample", "--child", "C00001", "--quarter", "2024Q1")
                .WithExample("explain", "service.json", "--child", "C042", "--quarter", "2023Q4", "--definitions", "2023", "--all");
            config.AddCommand<DiffCommand>("diff")
                .WithDescription("List the children whose classification changes between two definition sets, per measure, with the rule.")
                .WithExample("diff", "--sample", "--quarter", "2024Q1", "--definitions", "2023", "2024");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check an input's data quality only: what was read, issues by rule and by child.")
                .WithExample("check", "service.json")
                .WithExample("check", "tables/", "--format", "json", "--out", "quality.json");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Compare another system's KPI return with the one computed from the same data: measure by measure, split by split and child by child, with the children and rules that explain each discrepancy.")
                .WithExample("validate", "service.json", "--return", "their-return.json")
                .WithExample("validate", "tests/conformance/23-kpi1-unknown-beside-suitable/input.json", "--return", "mine.json", "--format", "markdown");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Write the quarter's board report: one self-contained HTML file with headlines, trends, splits by type of order, the cohort and data quality; disclosure control on by default.")
                .WithExample("report", "--sample", "--quarter", "2024Q1", "--out", "report.html");
            config.AddCommand<SampleCommand>("sample")
                .WithDescription("Write synthetic services (invented children) as case-level JSON or CSV.")
                .WithExample("sample", "--children", "2000", "--seed", "7", "--out", "sample.json")
                .WithExample("sample", "--children", "500", "--services", "3", "--quarters", "4", "--seed", "1", "--format", "csv", "--out", "samples/");
        });

        try
        {
            return app.Run(DiffCommand.Rewrite(args));
        }
        catch (Exception exception)
        {
            return Fail(console, exception, args);
        }
    }

    private static int Fail(CliConsole console, Exception exception, IReadOnlyList<string> args)
    {
        var (code, message) = exception switch
        {
            CliFailure failure => (failure.ExitCode, failure.Message),
            CommandParseException or CommandRuntimeException => (ExitCode.Usage, Plain(exception.Message, args) + Environment.NewLine + "Run 'yj --help' or 'yj <command> --help' for the commands and their options."),
            _ => (ExitCode.InternalError, $"yj failed unexpectedly ({exception.GetType().Name}): {exception.Message}{Environment.NewLine}This is a bug in yj; please report it with the command line you ran."),
        };
        console.Error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        return code;
    }

    /// <summary>
    /// Puts a parser's message in the user's words: "Failed to convert 'abc' to Int32" becomes "--seed: 'abc' is not a
    /// whole number" (issue 14).
    /// </summary>
    private static string Plain(string message, IReadOnlyList<string> args)
    {
        var match = NotConverted().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var value = match.Groups["value"].Value;
        var option = Enumerable.Range(1, Math.Max(0, args.Count - 1)).Where(i => args[i] == value && args[i - 1].StartsWith('-')).Select(i => args[i - 1]).FirstOrDefault();
        var what = match.Groups["type"].Value is "Int32" or "Int64" or "Int16" or "Byte" ? "a whole number" : "a number";
        return option is null ? $"'{value}' is not {what}." : $"{option}: '{value}' is not {what}.";
    }

    [GeneratedRegex("Failed to convert '(?<value>.*)' to (?<type>[A-Za-z0-9]+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NotConverted();
}
