import { describe, expect, it } from 'vitest';
import { framePlan } from './video-frames.js';

describe('the frames a video is hashed at', () => {
  it('are one each whole second below its length, as ffmpeg’s 1 fps sampling keeps', () => {
    expect(framePlan(3, 600)).toEqual({ seconds: [0, 1, 2], truncated: false });
    expect(framePlan(3.5, 600)).toEqual({ seconds: [0, 1, 2, 3], truncated: false });
    expect(framePlan(0.04, 600)).toEqual({ seconds: [0], truncated: false });
  });

  it('stop at the cap, and say the video was longer', () => {
    const plan = framePlan(3600, 600);
    expect(plan.seconds).toHaveLength(600);
    expect(plan.seconds.at(-1)).toBe(599);
    expect(plan.truncated).toBe(true);
    expect(framePlan(600, 600).truncated).toBe(false);
  });

  it('take the first frame of a video whose length is unknown', () => {
    expect(framePlan(Number.NaN, 600)).toEqual({ seconds: [0], truncated: false });
    expect(framePlan(Number.POSITIVE_INFINITY, 600)).toEqual({ seconds: [0], truncated: false });
  });
});
