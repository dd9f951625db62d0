
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`خواندن با صدای بلند به ${0} ممکن نیست: این دستگاه صدایی برای این زبان ندارد.`,
's03bf37fb08f24ceb': `زبان`,
's2191060fc50c6b05': `یک فرد رابط می‌تواند آن را به زبان شما توضیح دهد.`,
's47f394e3aeb755d6': `این ترجمه با کمک کامپیوتر انجام شده و هنوز بررسی نشده است.`,
's6125ee6286a63013': `سرعت`,
's61d3d3b6bfe08b14': `بلند بخوانید`,
's9726935356e89c26': `این اطلاعات اکنون قابل نمایش نیست. بعداً دوباره امتحان کنید یا با شهرداری تماس بگیرید.`,
'sa7d16cbe561cbbe7': `توقف`,
'sad2f2e15bf0620c2': str`این متن هنوز به زبان ${0} موجود نیست.`,
'sb1b6c6ab9cd7a357': `ادامهٔ خواندن`,
'sccfcfc418487a90a': str`این ویدیو هنوز به زبان ${0} موجود نیست.`,
'sd9ad53251f2330a5': `پایان`,
'sdeb6c562d6fba1d8': str`به این زبان‌ها ممکن است: ${0}.`,
'se5a4052dabe00798': `یک فرد رابط پیدا کنید`,
'sf2e557892455534b': `پیام برای ویراستار`,
    };
  