"""The first example of docs/python.md: four plan targets judged over a DataFrame."""

import pandas as pd
import plantarget as pt

df = pd.DataFrame({
    "indicator": ["GDP (亿元)", "bonded trade (亿元)", "PM2.5 (µg/m³)", "outbreak cases"],
    "value":     [1300.0,       91.1,                  31.0,             0.0],
    "prior":     [1250.0,       36.6,                  33.0,             0.0],
    "target":    [1300.0,       120.0,                 30.0,             0.0],
    "cmp":       ["以上",        "超",                   "以内",            "动态清零"],
})
out = pt.evaluate(df, value="value", prior="prior", threshold="target", comparator="cmp")
print(df[["indicator"]].join(out).to_string())
