// Inlined into every bench page's <head> (before any other script) by run.mjs: collects long
// tasks and layout shifts from the start of the page.
(() => {
  const bench = (window.__bench = { longTasks: [], shifts: [], cls: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        bench.shifts.push({ start: e.startTime, value: e.value });
        bench.cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
})();
