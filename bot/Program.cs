using TrierBot.DirectLine;
var builder = WebApplication.CreateBuilder(args);
builder.AddDirectLine();
var app = builder.Build();
app.MapDirectLine();
app.MapGet("/healthz", () => "ok");
app.Run();
