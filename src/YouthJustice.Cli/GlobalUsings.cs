// The namespaces nearly every command uses: the framework's basics, Spectre.Console's rendering and command line,
// and the tool's own infrastructure, input and output rooms.
global using System;
global using System.Collections.Generic;
global using System.ComponentModel;
global using System.Globalization;
global using System.IO;
global using System.Linq;
global using System.Threading;
global using Spectre.Console;
global using Spectre.Console.Cli;
global using YouthJustice.Cli.Infrastructure;
global using YouthJustice.Cli.Input;
global using YouthJustice.Cli.Output;
