// The moment the first frame is on screen, as Sesame marks its first code (bench/app).
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark("painted")));
