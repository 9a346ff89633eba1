using System.Diagnostics;
using System.Text.RegularExpressions;

namespace YouthJustice.Cli.Tests.Report;

/// <summary>
/// Opens the sample board report in headless Chromium (never a downloaded browser): no script errors, every chart in
/// the rendered DOM, and a screenshot kept in artifacts/ for CI.
/// </summary>
public sealed class ReportBrowserTest
{
    [BrowserFact]
    public void Sample_report_renders_in_chromium_with_every_chart_and_no_script_error()
    {
        File.Exists(BrowserFactAttribute.Chromium).Should().BeTrue($"{BrowserFactAttribute.Chromium} must be installed in CI (apt-get install chromium)");
        using var folder = new TempFolder();
        var report = folder.File("report.html");
        var run = Yj.Run("report", "--sample", "--quarter", "2024Q1", "--out", report, "--quiet");
        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        var html = File.ReadAllText(report);
        var charts = Regex.Count(html, "<svg class=\"chart");
        charts.Should().BePositive();

        var dom = Chromium(folder, "--dump-dom", report, out var log);
        Regex.Count(dom, "<svg class=\"chart").Should().Be(charts);
        Regex.Count(dom, "<polyline class=\"series\"").Should().BePositive();
        log.Should().NotContain("Uncaught").And.NotContain("CONSOLE(").And.NotContain(":ERROR:CONSOLE");

        var artifacts = Path.Combine(RepositoryRoot(), "artifacts");
        Directory.CreateDirectory(artifacts);
        var screenshot = Path.Combine(artifacts, "report-screenshot.png");
        File.Delete(screenshot);
        Chromium(folder, $"--screenshot={screenshot} --window-size=1280,4000", report, out _);
        File.Exists(screenshot).Should().BeTrue();
        var png = File.ReadAllBytes(screenshot);
        png.Length.Should().BeGreaterThan(20_000, "a drawn page with charts is not a blank image");
        png[1..4].Should().Equal((byte)'P', (byte)'N', (byte)'G');
    }

    private static string Chromium(TempFolder folder, string action, string page, out string log)
    {
        var profile = Path.Combine(folder.Path, "profile-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(BrowserFactAttribute.Chromium)
        {
            Arguments = $"--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --enable-logging=stderr --v=0 --user-data-dir={profile} {action} file://{page}",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(120_000).Should().BeTrue("chromium must finish");
        log = error.Result;
        process.ExitCode.Should().Be(0, log);
        return output;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "YouthJustice.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("YouthJustice.sln not found above the test binaries");
    }
}
