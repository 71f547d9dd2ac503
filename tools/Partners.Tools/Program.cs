using Partners.Tools;

// dotnet run --project tools/Partners.Tools -- <command> [options]
return await Commands.RunAsync(args);
