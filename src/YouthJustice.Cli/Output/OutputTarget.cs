using System.Text;
using Spectre.Console.Rendering;

namespace YouthJustice.Cli.Output;

/// <summary>
/// Writes a command's result to standard output or, with <c>--out</c>, to a file. A file that cannot be written is a
/// <see cref="CliFailure"/> with exit code 5.
/// </summary>
internal static class OutputTarget
{
    /// <summary>The width of tables rendered into a file.</summary>
    public const int FileWidth = 160;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a text document (JSON, CSV, Markdown) exactly as produced: to the file, or to standard output.</summary>
    public static void WriteText(CliConsole console, string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(console.RawOut);
            console.RawOut.Flush();
            return;
        }

        WriteFile(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8);
            write(writer);
        });
    }

    /// <summary>Writes a binary-safe document (UTF-8 JSON from a stream writer): to the file, or to standard output.</summary>
    public static void WriteStream(CliConsole console, string? path, Action<Stream> write)
    {
        if (path is null)
        {
            using var buffer = new MemoryStream();
            write(buffer);
            console.RawOut.Write(Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            console.RawOut.WriteLine();
            console.RawOut.Flush();
            return;
        }

        WriteFile(path, write);
    }

    /// <summary>Renders tables and text: on standard output with colours, or into the file as plain text 160 columns wide.</summary>
    public static void Render(CliConsole console, string? path, params IRenderable[] items)
    {
        if (path is null)
        {
            foreach (var item in items)
            {
                console.Out.Write(item);
            }

            return;
        }

        WriteText(console, path, writer =>
        {
            var plain = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            plain.Profile.Width = FileWidth;
            foreach (var item in items)
            {
                plain.Write(item);
            }
        });
    }

    private static void WriteFile(string path, Action<Stream> write)
    {
        if (Directory.Exists(path))
        {
            // Not "access denied": say what is wrong (issue 14).
            throw new CliFailure(ExitCode.OutputFailed, $"The output '{path}' is a folder; --out takes a file name, for example --out {Path.Combine(path, "result.json")}.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            write(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliFailure(ExitCode.OutputFailed, $"The output '{path}' could not be written: {exception.Message}");
        }
    }
}
