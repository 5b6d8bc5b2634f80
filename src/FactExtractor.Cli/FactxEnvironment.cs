using System;
using System.IO;

namespace FactExtractor.Cli;

/// <summary>The standard streams of a <c>factx</c> run, injected so that tests can run commands in-process.</summary>
/// <param name="OpenStdin">Opens standard input.</param>
/// <param name="Stdout">Standard output.</param>
/// <param name="Stderr">Standard error.</param>
/// <param name="StderrIsTerminal">True when standard error is a terminal, where a live progress display belongs.</param>
/// <param name="StdoutIsTerminal">True when standard output is a terminal too, where JSON lines and a live display would garble each other.</param>
internal sealed record FactxEnvironment(Func<Stream> OpenStdin, TextWriter Stdout, TextWriter Stderr, bool StderrIsTerminal, bool StdoutIsTerminal);
