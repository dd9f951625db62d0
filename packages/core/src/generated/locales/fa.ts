
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`خواندن با صدای بلند به ${0} ممکن نیست: این دستگاه صدایی برای این زبان ندارد.`,
's03bf37fb08f24ceb': `زبان`,
's6125ee6286a63013': `سرعت`,
's61d3d3b6bfe08b14': `بلند بخوانید`,
's9726935356e89c26': `این اطلاعات اکنون قابل نمایش نیست. بعداً دوباره امتحان کنید یا با شهرداری تماس بگیرید.`,
'sa7d16cbe561cbbe7': `توقف`,
'sb1b6c6ab9cd7a357': `ادامهٔ خواندن`,
'sd9ad53251f2330a5': `پایان`,
'sdeb6c562d6fba1d8': str`به این زبان‌ها ممکن است: ${0}.`,
'sf2e557892455534b': `پیام برای ویراستار`,
    };
  